package community.platform.scheduler.job;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.ConfigureJob;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** {@code ConfigureJob}: a guild's own schedule (cron, zone) for a job, or the job switched off; the next run moved. */
@Component
class ConfigureJobHandler extends TypedHandler<ConfigureJob> {

    private final JobSettingRepository settings;
    private final JobScheduleRepository schedules;
    private final JobCatalog catalog;
    private final Clock clock;

    ConfigureJobHandler(JobSettingRepository settings, JobScheduleRepository schedules, JobCatalog catalog,
                        Clock clock) {
        super(Topics.SCHEDULER_COMMANDS, MessageCatalog.CONFIGURE_JOB);
        this.settings = settings;
        this.schedules = schedules;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public void handle(ConfigureJob request, Delivery delivery) {
        JobCatalog.Job job = catalog.require(request.job(), request.guildId());
        JobCatalog.validate(request.cron(), request.zone());
        Instant now = clock.instant();
        JobRef ref = new JobRef(job.name(), request.guildId());
        settings.put(ref, new JobSetting(request.cron(), request.zone(), request.enabled()), now);
        if (request.enabled()) {
            JobCatalog.next(request.cron() != null ? request.cron() : job.defaultCron(), request.zone(), now)
                    .ifPresent(next -> schedules.plan(ref, next, true));
        } else {
            schedules.unplan(ref);
        }
    }
}
