package community.platform.runtime.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;

/**
 * Timers of the steps a message takes (a click delivered, recorded, acknowledged; a command waited for its poll,
 * handled; an action waited, called Discord, done): percentiles, and the cumulative histogram that lets a benchmark
 * read the distribution of one phase of its run (two readings of {@code /actuator/prometheus} apart), up to Discord's
 * 3 s and well past it.
 */
public final class StepTimers {

    private StepTimers() {
    }

    public static Timer of(String name, String description, MeterRegistry meters) {
        return Timer.builder(name).description(description).publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram().maximumExpectedValue(Duration.ofSeconds(30)).register(meters);
    }

    /** Records the time from {@code since} to now; nothing when {@code since} is unknown or after now (clocks apart). */
    public static void since(Timer timer, Instant since) {
        if (since != null) {
            Duration d = Duration.between(since, Instant.now());
            if (!d.isNegative()) {
                timer.record(d);
            }
        }
    }
}
