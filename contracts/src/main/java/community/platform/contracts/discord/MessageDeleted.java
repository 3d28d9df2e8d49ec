package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import java.time.Instant;

/**
 * A message was deleted (by anyone), or a reconciliation found it gone ({@code requestId}: the {@link CountReactions}
 * that asked). On {@code discord.events} keyed by the message id.
 */
public record MessageDeleted(String guildId, String channelId, String messageId, Instant at,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String requestId) implements Message {

    public MessageDeleted(String guildId, String channelId, String messageId, Instant at) {
        this(guildId, channelId, messageId, at, null);
    }
}
