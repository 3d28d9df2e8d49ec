package community.platform.contracts.scheduler;

import community.platform.contracts.Message;

/**
 * An admin's request to run a recurring job at once ("backup" before an upgrade). The scheduler answers with a
 * {@link JobTicked} whose trigger is {@code manual}; the regular schedule is not moved. Guild {@code 0} addresses the
 * platform-wide jobs. Sent to {@code scheduler.commands} keyed by the guild id.
 */
public record RunJobNow(String guildId, String job, String requestedBy) implements Message {
}
