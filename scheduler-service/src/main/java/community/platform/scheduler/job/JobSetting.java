package community.platform.scheduler.job;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** A guild's row in {@code guild_job}: its own cron and zone (null = the job's default) and whether it runs. */
record JobSetting(String cron, String zone, boolean enabled) {

    static Optional<JobSetting> find(JdbcTemplate jdbc, JobRef ref) {
        return jdbc.query("select cron, zone, enabled from guild_job where guild_id = ? and job = ?",
                (rs, n) -> new JobSetting(rs.getString(1), rs.getString(2), rs.getBoolean(3)),
                ref.guildId(), ref.job()).stream().findFirst();
    }

    /** The schedule in force: the guild's own, or the job's default. */
    String cronOr(String defaultCron) {
        return cron != null ? cron : defaultCron;
    }
}
