package community.platform.gateway.action;

import community.platform.runtime.metrics.StepTimers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;

/**
 * What one lane ({@link ActionLane}) measures of its actions: the steps of each ({@code gateway.action.<lane>.waited},
 * {@code .call}, {@code .done}, and of each poll {@code .poll}: histograms a benchmark reads per phase), the actions it
 * holds ({@code .in-flight}) and what came of it ({@code gateway.actions}
 * by type and outcome: performed, refused, replaced, duplicate, dead-lettered).
 */
final class LaneMeters {

    private final MeterRegistry meters;
    private final String lane;
    private final Timer waited;
    private final Timer call;
    private final Timer done;
    private final Timer poll;

    LaneMeters(MeterRegistry meters, String lane) {
        this.meters = meters;
        this.lane = lane;
        this.waited = StepTimers.of("gateway.action." + lane + ".waited",
                "action written by its service -> taken up here in its channel's batch", meters);
        this.call = StepTimers.of("gateway.action." + lane + ".call", "an action's Discord call(s)", meters);
        this.done = StepTimers.of("gateway.action." + lane + ".done",
                "action written by its service -> performed on Discord and recorded here", meters);
        this.poll = StepTimers.of("gateway.action." + lane + ".poll",
                "a poll handed to the lane -> it and every poll before it done, the poll acknowledged", meters);
    }

    /** An action written at {@code written} is taken up now. */
    void waited(Instant written) {
        StepTimers.since(waited, written);
    }

    /** The time of an action's Discord call(s). */
    Timer call() {
        return call;
    }

    /** An action written at {@code written} is performed and recorded now. */
    void done(Instant written) {
        StepTimers.since(done, written);
    }

    /** The time from a poll handed to the lane until it is acknowledged, every action of it done. */
    Timer poll() {
        return poll;
    }

    /** The lane's actions taken from Kafka and not yet done ({@code gateway.action.<lane>.in-flight}). */
    void inFlight(java.util.function.IntSupplier inFlight) {
        io.micrometer.core.instrument.Gauge.builder("gateway.action." + lane + ".in-flight", inFlight::getAsInt)
                .description("actions taken from Kafka and not yet done (the consumer pauses at gateway.actions.in-flight)")
                .register(meters);
    }

    void count(String type, String outcome) {
        meters.counter("gateway.actions", "type", String.valueOf(type), "outcome", outcome).increment();
    }
}
