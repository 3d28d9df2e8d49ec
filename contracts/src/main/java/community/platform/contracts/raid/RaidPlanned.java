package community.platform.contracts.raid;

import community.platform.contracts.Message;
import java.time.Instant;
import java.util.List;

/** A raid was planned: its dungeon, options and leader; keyed by raid id. */
public record RaidPlanned(String guildId, String raidId, String dungeon, List<String> days, List<String> times,
                          int groupSize, String leaderId, Instant at) implements Message {
}
