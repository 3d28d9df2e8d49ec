package community.platform.contracts.scheduler;

import community.platform.contracts.Message;

/**
 * The platform serves a guild (the gateway saw it): every per-guild recurring job starts for it with its default
 * schedule, unless the guild already has settings. Idempotent. Sent to {@code scheduler.commands} keyed by the guild id.
 */
public record EnrolGuild(String guildId) implements Message {
}
