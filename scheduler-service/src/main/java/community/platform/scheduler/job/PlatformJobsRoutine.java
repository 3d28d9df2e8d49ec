package community.platform.scheduler.job;

import community.platform.contracts.scheduler.JobTicked;
import community.platform.scheduler.config.SchedulerProperties.Scope;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The platform-wide jobs run whether or not any guild is enrolled: started when the service is ready. */
@Component
class PlatformJobsRoutine {

    private final JobPlanner planner;
    private final TransactionTemplate tx;

    PlatformJobsRoutine(JobPlanner planner, PlatformTransactionManager transactions) {
        this.planner = planner;
        this.tx = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startPlatformJobs() {
        tx.executeWithoutResult(s -> planner.ensure(Scope.PLATFORM, JobTicked.PLATFORM_GUILD));
    }
}
