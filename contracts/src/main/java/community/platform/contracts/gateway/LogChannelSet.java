package community.platform.contracts.gateway;

import community.platform.contracts.Message;
import java.time.Instant;

/** A guild's log channel for the bot's notices was set ({@code channelId}) or cleared (null). */
public record LogChannelSet(String guildId, String channelId, String setBy, Instant at) implements Message {
}
