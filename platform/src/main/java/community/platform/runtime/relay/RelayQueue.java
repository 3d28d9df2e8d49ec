package community.platform.runtime.relay;

import io.debezium.connector.base.QueueProvider;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The relay's change-event queue (Debezium's {@code queue.provider.type}): the in-memory queue Debezium uses by
 * default, except that while the relay is idle, its poll thread, asking the empty queue for its size, waits a moment.
 *
 * <p>Why: Debezium's {@code ChangeEventQueue.poll} waits out its poll interval in whole milliseconds
 * ({@code remaining().toMillis()}), so in the last millisecond of every interval it turns without waiting, asking the
 * queue for its size and the logger twice on each turn, until the interval ends: a tenth of a core per relay at its
 * 10 ms interval (the devstack's six services used 13% of a core each with nothing to do). Each turn starts with the
 * queue's size; waiting {@link #EMPTY_WAIT_NANOS} there makes those thousands of turns a handful. The poll thread holds
 * the queue's lock through those turns, and a thread that sleeps under load may wake late, holding back the streaming
 * thread's next events: so it waits only once nothing was enqueued for {@link #IDLE_AFTER_NANOS}, and under load the
 * queue behaves as Debezium's own (a first version that always waited gave slower paced economy runs, though by no
 * more than the machine moved between runs of the same code). The thread that enqueues never waits.
 */
public final class RelayQueue<T> implements QueueProvider<T> {

    /** Its name, as {@code queue.provider.type} selects it (registered in {@code META-INF/services}). */
    public static final String NAME = "platform-relay";
    /** How long the poll thread waits when it finds the queue empty: a small part of the 1 ms it would spin. */
    static final long EMPTY_WAIT_NANOS = 200_000;
    /** Idle: nothing enqueued for this long. */
    static final long IDLE_AFTER_NANOS = 1_000_000_000L;

    private final ArrayDeque<T> queue = new ArrayDeque<>();
    private final long idleAfterNanos;
    /** The thread that enqueues (Debezium's streaming thread): it never waits here. */
    private volatile Thread producer;
    private volatile long lastEnqueued = System.nanoTime();

    /** As Debezium makes it (through {@code META-INF/services}). */
    public RelayQueue() {
        this(IDLE_AFTER_NANOS);
    }

    RelayQueue(long idleAfterNanos) {
        this.idleAfterNanos = idleAfterNanos;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void configure(Map<String, ?> properties) {
    }

    @Override
    public void enqueue(T event) {
        producer = Thread.currentThread();
        lastEnqueued = System.nanoTime();
        queue.add(event);
    }

    @Override
    public T poll() {
        return queue.poll();
    }

    @Override
    public int size() {
        int size = queue.size();
        if (waits(size, Thread.currentThread(), System.nanoTime())) {
            LockSupport.parkNanos(EMPTY_WAIT_NANOS);
        }
        return size;
    }

    /** Whether {@code caller}, finding {@code size} events at {@code now}, waits: the poll thread, idle and empty. */
    boolean waits(int size, Thread caller, long now) {
        return size == 0 && caller != producer && now - lastEnqueued > idleAfterNanos;
    }
}
