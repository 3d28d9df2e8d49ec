package community.platform.contracts.raid;

import community.platform.contracts.Message;
import java.time.Instant;
import java.util.List;

/** A member's days and times for a raid, as they stand after their pick (indexes of the options); keyed by raid id. */
public record RaidVoteChanged(String guildId, String raidId, String memberId, List<Integer> days, List<Integer> times,
                              Instant at) implements Message {
}
