package community.platform.scheduler.job;

import community.platform.contracts.scheduler.JobTicked;
import community.platform.scheduler.config.SchedulerProperties.Scope;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Starts a job for a guild with the defaults when it has no setting yet: for enrolled guilds and the platform. */
@Component
class JobPlanner {

    private final JobSettingRepository settings;
    private final JobScheduleRepository schedules;
    private final JobCatalog catalog;
    private final Clock clock;

    JobPlanner(JobSettingRepository settings, JobScheduleRepository schedules, JobCatalog catalog, Clock clock) {
        this.settings = settings;
        this.schedules = schedules;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Every job of the scope for the guild ({@link JobTicked#PLATFORM_GUILD} for the platform's own). */
    void ensure(Scope scope, String guildId) {
        for (JobCatalog.Job job : catalog.ofScope(scope)) {
            JobRef ref = new JobRef(job.name(), guildId);
            settings.putDefaultIfAbsent(ref, clock.instant());
            settings.find(ref).filter(JobSetting::enabled).ifPresent(setting ->
                    JobCatalog.next(setting.cronOr(job.defaultCron()), setting.zone(), clock.instant())
                            .ifPresent(next -> schedules.plan(ref, next, false)));
        }
    }
}
