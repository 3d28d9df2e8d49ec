package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import java.time.Instant;

/**
 * Reconciliation could not read a tracked message's reactions: its channel is missing, the bot may not read it, or
 * Discord failed. The message stays tracked (it may come back); what counted it keeps its count and reports an error.
 * On {@code discord.events} keyed by the message id.
 *
 * @param requestId the {@link CountReactions} this answers (null: the gateway's own reconciliation)
 */
public record ReactionsUncounted(String guildId, String channelId, String messageId, String reason,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String requestId, Instant at)
        implements Message {
}
