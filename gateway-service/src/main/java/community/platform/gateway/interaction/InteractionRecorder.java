package community.platform.gateway.interaction;

import community.platform.contracts.discord.InteractionRef;
import community.platform.runtime.metrics.StepTimers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Records the commands made from interactions, then lets them be acknowledged. One thread takes interactions in the
 * order Discord delivered them and has each poll of the queue written in ONE transaction of the gateway's outbox
 * ({@link InteractionBatchWriter}; the relay brings them to their topics, keyed by entity, in that order) with a row
 * saying how each will be acknowledged:
 * <ul>
 *   <li>recorded: acknowledged; its outcome follows (in the reply, or by channel or DM when the token no longer
 *       works), and it takes effect exactly once (the command's id derives from the interaction's; Kafka being away
 *       only delays it);</li>
 *   <li>not recorded (the database refused or was unreachable before the commit, or the deadline passed while it
 *       waited): the member is told "nothing was changed", which is then true;</li>
 *   <li>unknown (the commit was sent but its answer lost, and the rows cannot be found or missed in time): the member
 *       is told so, never "nothing was changed".</li>
 * </ul>
 */
public final class InteractionRecorder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InteractionRecorder.class);
    private static final int QUEUED = 0;
    private static final int RECORDING = 1;
    private static final int EXPIRED = 2;
    private static final int MAX_BATCH = 500;

    /** An interaction waiting to be recorded, with what to tell Discord in each case. */
    public static final class Pending {
        final InteractionRef ref;
        final Outcome.Send send;
        final Instant received;
        final Replies replies;
        final AtomicInteger state = new AtomicInteger(QUEUED);

        public Pending(InteractionRef ref, Outcome.Send send, Instant received, Replies replies) {
            this.ref = ref;
            this.send = send;
            this.received = received;
            this.replies = replies;
        }

        UUID commandId() {
            return commandId(ref.interactionId());
        }

        /** The command's id, derived from the interaction: recorded twice, it is one command for the inbox. */
        static UUID commandId(String interactionId) {
            return UUID.nameUUIDFromBytes(("gateway|interaction|" + interactionId).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The answers to Discord for one interaction (JDA calls, queued: never blocking the recorder). */
    public interface Replies {
        void acknowledge(Outcome.Ack ack);

        void refuse(String text);
    }

    static final String NOT_RECORDED = "⚠️ Your command could not be recorded right now, so nothing was changed. "
            + "Please try again in a moment.";
    static final String UNCONFIRMED = "⚠️ Your command may or may not have been recorded: the database did not "
            + "confirm it in time. If it was, its outcome will appear here; please check before trying again.";
    static final String STOPPING = "⚠️ The platform is restarting, so nothing was changed. Please try again in a moment.";

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final InteractionBatchWriter writes;
    private final Duration deadline;
    private final MeterRegistry meters;
    private final Timer recordedTimer;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("interaction-deadlines").daemon().factory());
    private volatile boolean accepting;
    private volatile Thread writer;

    /**
     * @param writes   each batch's transaction, and what became of it
     * @param deadline how long after receipt an interaction may wait to be recorded; past it, it is not recorded and
     *                 the member is told so while Discord's 3 seconds still allow an answer
     */
    public InteractionRecorder(InteractionBatchWriter writes, Duration deadline, MeterRegistry meters) {
        this.writes = writes;
        this.deadline = deadline;
        this.meters = meters;
        this.recordedTimer = StepTimers.of("gateway.interaction.recorded",
                "interaction received -> its command committed to the outbox", meters);
    }

    /** Queues an interaction; false when the recorder is not taking any (starting or stopping). */
    public boolean record(Pending p) {
        if (!accepting) {
            return false;
        }
        queue.add(p);
        long left = Duration.between(Instant.now(), p.received.plus(deadline)).toMillis();
        deadlines.schedule(() -> expire(p), Math.max(0, left), TimeUnit.MILLISECONDS);
        return true;
    }

    /** Still queued at its deadline: never recorded, and the member is told so in time. */
    private void expire(Pending p) {
        if (p.state.compareAndSet(QUEUED, EXPIRED)) {
            count("not-recorded");
            p.replies.refuse(NOT_RECORDED);
        }
    }

    @Override
    public void start() {
        accepting = true;
        writer = Thread.ofPlatform().name("interaction-recorder").start(this::run);
    }

    /** Takes no more interactions, records those already queued, then ends. */
    @Override
    public void stop() {
        accepting = false;
        Thread t = writer;
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deadlines.shutdownNow();
        // queued in the instant of stopping, after the writer left: never recorded
        for (Pending p = queue.poll(); p != null; p = queue.poll()) {
            if (p.state.compareAndSet(QUEUED, EXPIRED)) {
                p.replies.refuse(STOPPING);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return accepting;
    }

    /** Starts after the Discord connection (whose listener feeds it) and stops before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 90;
    }

    /** Until stopped and drained: what was queued before the stop is still recorded (and acknowledged). */
    private void run() {
        while (accepting || !queue.isEmpty()) {
            Pending first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                continue;
            }
            List<Pending> batch = new ArrayList<>();
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            recordBatch(batch);
        }
    }

    private void recordBatch(List<Pending> batch) {
        List<Pending> claimed = batch.stream().filter(p -> p.state.compareAndSet(QUEUED, RECORDING)).toList();
        if (claimed.isEmpty()) {
            return;
        }
        InteractionBatchWriter.Result result;
        try {
            result = writes.write(claimed);
        } catch (RuntimeException e) {
            log.warn("{} interaction(s) in an unknown state", claimed.size(), e);
            result = InteractionBatchWriter.Result.UNKNOWN;
        }
        for (Pending p : claimed) {
            switch (result) {
                case RECORDED -> {
                    count("recorded");
                    StepTimers.since(recordedTimer, p.received);
                    p.replies.acknowledge(p.send.ack());
                }
                case NOT_RECORDED -> {
                    count("not-recorded");
                    p.replies.refuse(NOT_RECORDED);
                }
                case UNKNOWN -> {
                    count("unconfirmed");
                    p.replies.refuse(UNCONFIRMED);
                }
            }
        }
    }

    private void count(String outcome) {
        meters.counter("gateway.interactions", "outcome", outcome).increment();
    }
}
