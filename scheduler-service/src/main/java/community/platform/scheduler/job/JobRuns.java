package community.platform.scheduler.job;

import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.runtime.outbox.OutboxWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs of recurring jobs: each run is a row in {@code job_run} and a {@link JobTicked} in the outbox, in one
 * transaction; the run id makes a repeated run (db-scheduler running an execution again after a crash) tick once.
 */
@Component
public class JobRuns {

    private final JdbcTemplate jdbc;
    private final JobSettingRepository settings;
    private final OutboxWriter outbox;
    private final JobCatalog catalog;
    private final TransactionTemplate tx;
    private final Clock clock;

    JobRuns(JdbcTemplate jdbc, JobSettingRepository settings, OutboxWriter outbox, JobCatalog catalog,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.outbox = outbox;
        this.catalog = catalog;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The scheduled run of one job for one guild, due at {@code scheduledFor}. A run missed while the scheduler was
     * down happens once, late; the next one is the schedule's first time after now, not a catch-up of every period.
     *
     * @return when to run next, or empty when the job is disabled or gone
     */
    Optional<Instant> runScheduled(JobRef ref, Instant scheduledFor) {
        return tx.execute(status -> {
            Optional<JobSetting> setting = settings.find(ref);
            var job = catalog.find(ref.job());
            if (setting.isEmpty() || job.isEmpty() || !setting.get().enabled()) {
                return Optional.<Instant>empty();
            }
            tick(ref.guildId(), ref.job(), ref.instanceId() + '/' + scheduledFor, scheduledFor, "schedule");
            Instant now = clock.instant();
            return JobCatalog.next(setting.get().cronOr(job.get().defaultCron()), setting.get().zone(),
                    now.isAfter(scheduledFor) ? now : scheduledFor);
        });
    }

    /** Records the run and publishes its tick, in the caller's transaction. */
    void tick(String guildId, String job, String runId, Instant scheduledFor, String trigger) {
        Instant now = clock.instant();
        int recorded = jdbc.update("""
                insert into job_run (run_id, guild_id, job, scheduled_for, ran_at, trigger) values (?, ?, ?, ?, ?, ?)
                on conflict (run_id) do nothing""",
                runId, guildId, job, Timestamp.from(scheduledFor), Timestamp.from(now), trigger);
        if (recorded == 1) {
            outbox.append(UUID.nameUUIDFromBytes(("scheduler|job|" + runId).getBytes(StandardCharsets.UTF_8)),
                    Topics.SCHEDULER_EVENTS, guildId, new JobTicked(guildId, job, runId, scheduledFor, now, trigger));
        }
    }
}
