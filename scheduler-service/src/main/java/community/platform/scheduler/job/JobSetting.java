package community.platform.scheduler.job;

/** A guild's row in {@code guild_job}: its own cron and zone (null = the job's default) and whether it runs. */
record JobSetting(String cron, String zone, boolean enabled) {

    /** The schedule in force: the guild's own, or the job's default. */
    String cronOr(String defaultCron) {
        return cron != null ? cron : defaultCron;
    }
}
