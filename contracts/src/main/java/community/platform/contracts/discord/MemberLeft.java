package community.platform.contracts.discord;

import community.platform.contracts.Message;
import java.time.Instant;

/** A member left, was kicked or banned. On {@code discord.events} keyed by {@code <guildId>:<userId>}. */
public record MemberLeft(String guildId, String userId, Instant at) implements Message {
}
