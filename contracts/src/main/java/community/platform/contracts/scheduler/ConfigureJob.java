package community.platform.contracts.scheduler;

import community.platform.contracts.Message;

/**
 * A guild's setting of one recurring job. Sent to {@code scheduler.commands} keyed by the guild id.
 *
 * @param job     a job of the scheduler's catalogue ("weekly-summary", "voice-xp-tick", ...)
 * @param cron    six-field cron (second minute hour day month weekday), or null for the job's default
 * @param zone    IANA time zone the cron is read in ("Europe/Paris"), or null for UTC
 * @param enabled false stops the job's ticks for this guild
 */
public record ConfigureJob(String guildId, String job, String cron, String zone, boolean enabled)
        implements Message {
}
