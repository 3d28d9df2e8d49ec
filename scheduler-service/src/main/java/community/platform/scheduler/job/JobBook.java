package community.platform.scheduler.job;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import community.platform.contracts.scheduler.ConfigureJob;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.runtime.messaging.RejectedMessage;
import community.platform.scheduler.config.SchedulerSettings.Scope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which guild runs which job on which schedule, and the db-scheduler execution that keeps each one going. */
@Component
public class JobBook {

    private final JdbcTemplate jdbc;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> jobTask;
    private final JobCatalog catalog;
    private final Clock clock;

    public JobBook(JdbcTemplate jdbc, SchedulerClient scheduler, @Qualifier("jobTask") CustomTask<Void> jobTask,
                   JobCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.jobTask = jobTask;
        this.catalog = catalog;
        this.clock = clock;
    }

    void configure(ConfigureJob request) {
        JobCatalog.Job job = catalog.require(request.job(), request.guildId());
        JobCatalog.validate(request.cron(), request.zone());
        Instant now = clock.instant();
        jdbc.update("""
                insert into guild_job (guild_id, job, cron, zone, enabled, updated_at) values (?, ?, ?, ?, ?, ?)
                on conflict (guild_id, job) do update
                   set cron = excluded.cron, zone = excluded.zone, enabled = excluded.enabled,
                       updated_at = excluded.updated_at""",
                request.guildId(), request.job(), request.cron(), request.zone(), request.enabled(),
                Timestamp.from(now));
        JobRef ref = new JobRef(job.name(), request.guildId());
        if (request.enabled()) {
            plan(ref, request.cron() != null ? request.cron() : job.defaultCron(), request.zone(), now, true);
        } else {
            try {
                scheduler.cancel(TaskInstanceId.of(JobRef.TASK, ref.instanceId()));
            } catch (TaskInstanceException goneOrRunning) {
                // a running execution reads the setting again next time and stops
            }
        }
    }

    /** Starts every per-guild job for a guild that has no setting for it yet. */
    void enrol(String guildId) {
        if (guildId.equals(JobTicked.PLATFORM_GUILD)) {
            throw new RejectedMessage("guild 0 stands for the platform and cannot be enrolled");
        }
        for (JobCatalog.Job job : catalog.ofScope(Scope.GUILD)) {
            ensure(job, guildId);
        }
    }

    /** The platform-wide jobs run whether or not any guild is enrolled. */
    void ensurePlatformJobs() {
        for (JobCatalog.Job job : catalog.ofScope(Scope.PLATFORM)) {
            ensure(job, JobTicked.PLATFORM_GUILD);
        }
    }

    /** Creates the guild's setting with the defaults if it has none, and books the next run if it is enabled. */
    private void ensure(JobCatalog.Job job, String guildId) {
        jdbc.update("""
                insert into guild_job (guild_id, job, cron, zone, enabled, updated_at) values (?, ?, null, null, true, ?)
                on conflict (guild_id, job) do nothing""", guildId, job.name(), Timestamp.from(clock.instant()));
        JobRef ref = new JobRef(job.name(), guildId);
        JobSetting.find(jdbc, ref).filter(JobSetting::enabled).ifPresent(setting ->
                plan(ref, setting.cronOr(job.defaultCron()), setting.zone(), clock.instant(), false));
    }

    /** Puts the job's next run on db-scheduler's books; {@code move} also moves an existing one. */
    private void plan(JobRef ref, String cron, String zone, Instant now, boolean move) {
        var next = JobCatalog.next(cron, zone, now);
        if (next.isEmpty()) {
            return;
        }
        if (!scheduler.scheduleIfNotExists(jobTask.instance(ref.instanceId()), next.get()) && move) {
            try {
                scheduler.reschedule(TaskInstanceId.of(JobRef.TASK, ref.instanceId()), next.get());
            } catch (TaskInstanceException running) {
                // running now: it plans its next run itself from the setting it read
            }
        }
    }
}
