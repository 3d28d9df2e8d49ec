package community.platform.scheduler.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which guild runs which job on which schedule: {@code guild_job}. In the caller's transaction. */
@Repository
class JobSettingRepository {

    private final JdbcTemplate jdbc;

    JobSettingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<JobSetting> find(JobRef ref) {
        return jdbc.query("select cron, zone, enabled from guild_job where guild_id = ? and job = ?",
                (rs, n) -> new JobSetting(rs.getString(1), rs.getString(2), rs.getBoolean(3)),
                ref.guildId(), ref.job()).stream().findFirst();
    }

    /** The guild's own setting of the job, replacing any before. */
    void put(JobRef ref, JobSetting setting, Instant now) {
        jdbc.update("""
                insert into guild_job (guild_id, job, cron, zone, enabled, updated_at) values (?, ?, ?, ?, ?, ?)
                on conflict (guild_id, job) do update
                   set cron = excluded.cron, zone = excluded.zone, enabled = excluded.enabled,
                       updated_at = excluded.updated_at""",
                ref.guildId(), ref.job(), setting.cron(), setting.zone(), setting.enabled(), Timestamp.from(now));
    }

    /** The job's defaults for the guild, unless it has a setting already. */
    void putDefaultIfAbsent(JobRef ref, Instant now) {
        jdbc.update("""
                insert into guild_job (guild_id, job, cron, zone, enabled, updated_at) values (?, ?, null, null, true, ?)
                on conflict (guild_id, job) do nothing""", ref.guildId(), ref.job(), Timestamp.from(now));
    }
}
