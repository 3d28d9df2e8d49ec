package community.platform.scheduler.job;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.RunJobNow;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** {@code RunJobNow}: one manual run of a job for a guild, ticked once however often the command is delivered. */
@Component
class RunJobNowHandler extends TypedHandler<RunJobNow> {

    private final JobCatalog catalog;
    private final JobRuns runs;
    private final Clock clock;

    RunJobNowHandler(JobCatalog catalog, JobRuns runs, Clock clock) {
        super(Topics.SCHEDULER_COMMANDS, MessageCatalog.RUN_JOB_NOW);
        this.catalog = catalog;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void handle(RunJobNow request, Delivery delivery) {
        catalog.require(request.job(), request.guildId());
        runs.tick(request.guildId(), request.job(), "manual/" + delivery.messageId(), clock.instant(), "manual");
    }
}
