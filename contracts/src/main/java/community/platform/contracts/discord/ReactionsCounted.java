package community.platform.contracts.discord;

import community.platform.contracts.Message;
import java.time.Instant;
import java.util.Map;

/**
 * Reconciliation: the reactions a tracked message has on Discord, the source of truth, per emoji, the bot's own
 * reactions not counted. Services replace what they counted from {@link ReactionChanged} with it. On
 * {@code discord.events} keyed by the message id.
 */
public record ReactionsCounted(String guildId, String channelId, String messageId, Map<String, Integer> counts,
                               Instant at) implements Message {
}
