package community.platform.scheduler.config;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;

/**
 * A failed execution (database or outbox unavailable) is tried again after 1, 2, 4... seconds, at most 30: a timer is
 * never dropped, and it fires soon after the outage ends.
 */
public final class RetryWithBackoff<T> implements FailureHandler<T> {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(30);

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        operations.reschedule(complete, complete.getTimeDone().plus(delay(complete.getExecution().consecutiveFailures)));
    }

    static Duration delay(int previousFailures) {
        int exponent = Math.min(Math.max(previousFailures, 0), 5);
        Duration d = FIRST.multipliedBy(1L << exponent);
        return d.compareTo(MAX) > 0 ? MAX : d;
    }
}
