package community.platform.contracts.discord;

import community.platform.contracts.Message;
import java.time.Instant;

/** A user joined a guild. On {@code discord.events} keyed by {@code <guildId>:<userId>}. */
public record MemberJoined(String guildId, String userId, String name, boolean bot, Instant joinedAt)
        implements Message {
}
