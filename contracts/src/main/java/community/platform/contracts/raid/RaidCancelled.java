package community.platform.contracts.raid;

import community.platform.contracts.Message;
import java.time.Instant;

/** A raid was cancelled by its leader or an admin; keyed by raid id. */
public record RaidCancelled(String guildId, String raidId, String cancelledBy, Instant at) implements Message {
}
