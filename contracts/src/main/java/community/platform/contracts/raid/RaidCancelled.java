package community.platform.contracts.raid;

import community.platform.contracts.Message;
import java.time.Instant;

/**
 * A raid was cancelled: by its leader or an admin ({@code LEADER}), with all of its guild's raids ({@code ALL}), or
 * closed by the stale-raid sweep when its last time passed without a finish ({@code STALE}, {@code cancelledBy} "0");
 * keyed by raid id.
 */
public record RaidCancelled(String guildId, String raidId, String cancelledBy, Instant at, Reason reason)
        implements Message {

    public enum Reason { LEADER, ALL, STALE }
}
