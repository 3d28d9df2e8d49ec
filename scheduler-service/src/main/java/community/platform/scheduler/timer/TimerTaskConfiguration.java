package community.platform.scheduler.timer;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import community.platform.scheduler.config.RetryWithBackoff;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The db-scheduler task behind every timer: when an arming comes due, fire it and drop the execution. */
@Configuration
public class TimerTaskConfiguration {

    @Bean
    public CustomTask<Void> timerTask(TimerFiring firing) {
        return Tasks.custom(TimerRef.TASK, Void.class)
                .onFailure(new RetryWithBackoff<>())
                .execute((instance, context) -> {
                    firing.fire(TimerRef.parse(instance.getId()));
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }
}
