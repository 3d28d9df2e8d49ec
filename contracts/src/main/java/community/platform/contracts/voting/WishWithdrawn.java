package community.platform.contracts.voting;

import community.platform.contracts.Message;
import java.time.Instant;

/** A wish's message was deleted on Discord (seen live or by the reconciliation): the wish is withdrawn; keyed by wish id. */
public record WishWithdrawn(String guildId, String wishId, int number, Instant at) implements Message {
}
