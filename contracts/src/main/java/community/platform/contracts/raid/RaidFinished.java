package community.platform.contracts.raid;

import community.platform.contracts.Message;
import java.time.Instant;
import java.util.List;

/** A raid finished: who was present (every member who voted a day and a time) and who finished it; keyed by raid id. */
public record RaidFinished(String guildId, String raidId, List<String> present, String finishedBy, Instant at)
        implements Message {
}
