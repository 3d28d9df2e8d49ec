package community.platform.contracts.voting;

import community.platform.contracts.Message;
import java.time.Instant;

/** An admin declined a wish, with the reason its author was told; keyed by wish id. */
public record WishDeclined(String guildId, String wishId, int number, String adminId, String reason, Instant at)
        implements Message {
}
