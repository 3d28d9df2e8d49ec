package community.platform.contracts.voting;

import community.platform.contracts.Message;
import java.time.Instant;

/** A wish was posted in the suggestions channel, where its message takes 🌟 votes; keyed by wish id. */
public record WishPosted(String guildId, String wishId, int number, String category, String text, String authorId,
                         String channelId, String messageId, Instant at) implements Message {
}
