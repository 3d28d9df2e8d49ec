package community.platform.contracts.discord;

import community.platform.contracts.Message;
import java.time.Instant;

/**
 * A member added or removed a reaction on a message (the bot's own reactions are not reported). Published by the
 * gateway on {@code discord.events} keyed by the message id, so the reactions of one message stay in order.
 *
 * @param emoji a unicode emoji ("👍") or a custom one as {@code name:id}
 */
public record ReactionChanged(String guildId, String channelId, String messageId, String userId, String emoji,
                              boolean added, Instant at) implements Message {
}
