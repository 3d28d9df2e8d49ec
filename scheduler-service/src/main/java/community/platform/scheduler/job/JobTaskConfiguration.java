package community.platform.scheduler.job;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import community.platform.scheduler.config.RetryWithBackoff;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The db-scheduler task behind every recurring job of every guild: tick, then book the next run. */
@Configuration
public class JobTaskConfiguration {

    @Bean
    public CustomTask<Void> jobTask(JobRuns runs) {
        return Tasks.custom(JobRef.TASK, Void.class)
                .onFailure(new RetryWithBackoff<>())
                .execute((instance, context) -> {
                    var next = runs.runScheduled(JobRef.parse(instance.getId()),
                            context.getExecution().executionTime);
                    return next.<CompletionHandler<Void>>map(at -> (complete, ops) -> ops.reschedule(complete, at))
                            .orElseGet(CompletionHandler.OnCompleteRemove::new);
                });
    }
}
