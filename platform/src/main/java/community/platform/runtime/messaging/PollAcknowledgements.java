package community.platform.runtime.messaging;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.support.Acknowledgment;

/**
 * When a poll's offsets may be committed: once its database transaction committed (as always) and every answer it sent
 * straight to Kafka ({@link DirectReplies}) was acknowledged by Kafka, and never before an earlier poll's. The consumer
 * does not wait for those acknowledgements: it goes on with its next poll while Kafka takes the answers, and the
 * binding ({@code ack-mode: MANUAL}) commits a poll's offsets when this acknowledges it, from whichever thread the last
 * answer's acknowledgement arrives on.
 *
 * <p>What this keeps: an answer is never lost, because a poll whose answer is not on Kafka keeps its offsets, so a crash
 * delivers the poll again and its reads answer again, with the same ids (the gateway performs an id once). An answer
 * Kafka refused is sent again before the consumer's next poll is handled; while it is refused that poll fails as a
 * passing failure, retried with the binder's back-off, as when the database is away. Before the binder's error handler
 * commits offsets itself (a record dead-lettered), {@link #abandon(boolean)} waits for every answer sent so far.
 *
 * <p>One lane per consumer thread (the binding's {@code concurrency}): each acknowledges its own polls in order.
 */
public final class PollAcknowledgements implements AutoCloseable {

    /**
     * Records of polls handled but not acknowledged yet (each poll's acknowledgement holds its records) past which the
     * consumer waits for the oldest: enough for the small, quick polls of a light load while Kafka answers in tens of
     * milliseconds (a bound of 16 polls made the consumer wait for Kafka after all: the paced reads' p99 tripled).
     */
    static final int MAX_RECORDS_WAITING = 20_000;

    private final Function<ProducerRecord<String, byte[]>, CompletableFuture<?>> kafka;
    private final Duration wait;
    private final Runnable closeProducer;
    private final ThreadLocal<Lane> lanes = ThreadLocal.withInitial(Lane::new);

    /**
     * @param kafka         sends one record ({@code KafkaTemplate::send}); the future completes when Kafka acknowledged it
     * @param wait          how long the consumer waits for Kafka where it must (longer than the producer's delivery
     *                      timeout)
     * @param closeProducer closes what {@code kafka} sends with, when the service stops
     */
    public PollAcknowledgements(Function<ProducerRecord<String, byte[]>, CompletableFuture<?>> kafka, Duration wait,
                                Runnable closeProducer) {
        this.kafka = kafka;
        this.wait = wait;
        this.closeProducer = closeProducer;
    }

    /** Closes the producer (it sends what it holds first, as a Kafka producer does when closed). */
    @Override
    public void close() {
        closeProducer.run();
    }

    /**
     * A poll of {@code records} begins on this thread; {@code ack} (null when the binding commits by itself) is given
     * when it ends and everything it sent is on Kafka. First, answers Kafka refused earlier are sent again, and the
     * consumer waits while too many records wait already.
     */
    void begin(Acknowledgment ack, int records) {
        Lane lane = lanes.get();
        lane.resendRefused();
        lane.awaitRoom();
        lane.begin(ack, records);
    }

    /** The poll handled without failing: it is acknowledged once its answers are on Kafka. */
    void end() {
        lanes.get().end();
    }

    /**
     * The poll failed: its acknowledgement is never given (the binder's error handler retries it, or seeks and commits
     * by itself). With {@code commitsFollow} (a record about to be dead-lettered, whose error handler commits the
     * offsets before it) this waits until every answer sent so far on this thread is on Kafka; if Kafka does not take
     * them, that is a passing failure and nothing is committed.
     */
    void abandon(boolean commitsFollow) {
        Lane lane = lanes.get();
        try {
            if (commitsFollow) {
                lane.awaitAll();
                lane.resendRefused();
            }
        } finally {
            // when the wait fails the poll is handled again, as after any passing failure
            lane.abandon();
        }
    }

    /**
     * Sends answers whose transaction just committed. In a poll they count towards its acknowledgement; outside one (a
     * handler called in a test's or a timer's transaction) they are sent and waited for here.
     */
    void send(List<ProducerRecord<String, byte[]>> records) {
        Lane lane = lanes.get();
        if (lane.current == null) {
            for (ProducerRecord<String, byte[]> r : records) {
                lane.sendAndWait(r);
            }
            return;
        }
        Poll poll = lane.current;
        for (ProducerRecord<String, byte[]> r : records) {
            CompletableFuture<?> sent;
            try {
                sent = kafka.apply(r);
            } catch (RuntimeException e) {
                // no metadata within max.block.ms: Kafka away; the poll is handled again (its reads answer again)
                throw new InboundMessages.TransientFailure(e);
            }
            synchronized (lane) {
                poll.inFlight++;
            }
            sent.whenComplete((result, failure) -> lane.done(poll, r, failure));
        }
    }

    /** Polls of this thread not acknowledged yet (for tests). */
    int waiting() {
        Lane lane = lanes.get();
        synchronized (lane) {
            return lane.polls.size();
        }
    }

    private static final class Poll {
        final Acknowledgment ack;
        final int records;
        final List<ProducerRecord<String, byte[]>> refused = new ArrayList<>();
        int inFlight;
        boolean ended;

        Poll(Acknowledgment ack, int records) {
            this.ack = ack;
            this.records = records;
        }

        boolean complete() {
            return ended && inFlight == 0 && refused.isEmpty();
        }
    }

    /** One consumer thread's polls, oldest first; guarded by itself (Kafka's thread completes the sends). */
    private final class Lane {
        final ArrayDeque<Poll> polls = new ArrayDeque<>();
        /** The records of the polls in {@link #polls}. */
        int records;
        /** The poll being handled; only the consumer thread reads and writes it. */
        Poll current;

        void begin(Acknowledgment ack, int count) {
            current = new Poll(ack, count);
            synchronized (this) {
                polls.add(current);
                records += count;
            }
        }

        void end() {
            Poll poll = current;
            current = null;
            if (poll == null) {
                return;
            }
            synchronized (this) {
                poll.ended = true;
                release();
            }
        }

        void abandon() {
            Poll poll = current;
            current = null;
            synchronized (this) {
                if (poll != null && polls.remove(poll)) {
                    records -= poll.records;
                }
                release();
            }
        }

        synchronized void done(Poll poll, ProducerRecord<String, byte[]> record, Throwable failure) {
            poll.inFlight--;
            if (failure != null) {
                poll.refused.add(record);
            }
            release();
            notifyAll();
        }

        /** Acknowledges the complete polls at the head, in order. */
        private void release() {
            while (!polls.isEmpty() && polls.peek().complete()) {
                Poll head = polls.poll();
                records -= head.records;
                if (head.ack != null) {
                    head.ack.acknowledge();
                }
            }
        }

        /** Sends again, waiting, what Kafka refused; a refusal again is a passing failure. */
        void resendRefused() {
            List<Poll> withRefused;
            synchronized (this) {
                withRefused = polls.stream().filter(p -> !p.refused.isEmpty()).toList();
            }
            for (Poll poll : withRefused) {
                List<ProducerRecord<String, byte[]>> again;
                synchronized (this) {
                    again = new ArrayList<>(poll.refused);
                }
                for (ProducerRecord<String, byte[]> r : again) {
                    sendAndWait(r);
                    synchronized (this) {
                        poll.refused.remove(r);
                    }
                }
            }
            synchronized (this) {
                release();
            }
        }

        void sendAndWait(ProducerRecord<String, byte[]> record) {
            try {
                kafka.apply(record).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InboundMessages.TransientFailure(e);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                // Kafka away: the poll is handled again, as when the database is
                throw new InboundMessages.TransientFailure(e);
            }
        }

        /** Waits while the lane holds too many records waiting for Kafka. */
        synchronized void awaitRoom() {
            awaitWhile(() -> records >= MAX_RECORDS_WAITING && polls.stream().allMatch(p -> p.refused.isEmpty()));
        }

        /** Waits until nothing sent on this lane is still in flight. */
        synchronized void awaitAll() {
            awaitWhile(() -> polls.stream().anyMatch(p -> p.inFlight > 0));
        }

        private void awaitWhile(java.util.function.BooleanSupplier condition) {
            long deadline = System.nanoTime() + wait.toNanos();
            while (condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new InboundMessages.TransientFailure(
                            new TimeoutException("Kafka did not acknowledge the answers within " + wait));
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InboundMessages.TransientFailure(e);
                }
            }
        }
    }
}
