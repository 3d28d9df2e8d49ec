package community.platform.contracts.discord;

import community.platform.contracts.Message;
import java.time.Instant;

/** A message was deleted (by anyone). On {@code discord.events} keyed by the message id. */
public record MessageDeleted(String guildId, String channelId, String messageId, Instant at) implements Message {
}
