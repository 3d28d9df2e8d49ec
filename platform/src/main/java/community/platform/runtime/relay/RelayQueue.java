package community.platform.runtime.relay;

import io.debezium.connector.base.QueueProvider;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The relay's change-event queue (Debezium's {@code queue.provider.type}): the in-memory queue Debezium uses by
 * default, except that the relay's poll thread, asking an empty queue for its size, waits a moment first.
 *
 * <p>Why: Debezium's {@code ChangeEventQueue.poll} waits out its poll interval in whole milliseconds
 * ({@code remaining().toMillis()}), so in the last millisecond of every interval it turns without waiting, asking the
 * queue for its size and the logger twice on each turn, until the interval ends: about a tenth of a core per relay at
 * its 10 ms interval, idle or not (the devstack's six services used 13% of a core each with nothing to do). Each turn
 * starts with the queue's size; waiting {@link #EMPTY_WAIT_NANOS} there when it is empty makes those thousands of
 * turns a handful. The wait happens under the queue's lock, which the poll thread holds through those turns anyway,
 * so the streaming thread is held back no longer than before; the thread that enqueues never waits.
 */
public final class RelayQueue<T> implements QueueProvider<T> {

    /** Its name, as {@code queue.provider.type} selects it (registered in {@code META-INF/services}). */
    public static final String NAME = "platform-relay";
    /** How long the poll thread waits when it finds the queue empty: a small part of the 1 ms it would spin. */
    static final long EMPTY_WAIT_NANOS = 200_000;

    private final ArrayDeque<T> queue = new ArrayDeque<>();
    /** The thread that enqueues (Debezium's streaming thread): it never waits here. */
    private volatile Thread producer;

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
        queue.add(event);
    }

    @Override
    public T poll() {
        return queue.poll();
    }

    @Override
    public int size() {
        int size = queue.size();
        if (size == 0 && Thread.currentThread() != producer) {
            LockSupport.parkNanos(EMPTY_WAIT_NANOS);
        }
        return size;
    }
}
