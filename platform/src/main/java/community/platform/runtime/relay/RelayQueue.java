package community.platform.runtime.relay;

import io.debezium.connector.base.QueueProvider;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The relay's change-event queue (Debezium's {@code queue.provider.type}): the in-memory queue Debezium uses by
 * default, except that its poll thread, asking the empty queue for its size over and over, waits a moment.
 *
 * <p>Why: Debezium's {@code ChangeEventQueue.poll} (3.6.3, read in its bytecode) hands its batch over when the poll
 * interval ends (or {@code max.batch.size} events wait), and waits out that interval in whole milliseconds
 * ({@code remaining().toMillis()}): in the last millisecond of every interval it turns without waiting, asking the
 * queue for its size and the logger twice on each turn, until the interval ends. That is up to a tenth of a core per
 * relay at its 10 ms interval, idle (the devstack's six services used 13% of a core each with nothing to do) and
 * under load alike (a JFR profile of {@code bin/benchmark} put a quarter of the relay's poll thread there). Each turn
 * starts with the queue's size; waiting {@link #SPIN_WAIT_NANOS} there, once the poll thread has asked again and again
 * within {@link #SPIN_GAP_NANOS} with the queue empty, makes those thousands of turns a handful.
 *
 * <p>The poll thread holds the queue's lock through those turns, so the streaming thread cannot enqueue while it
 * turns or waits: waiting changes nothing for it, except that a thread that sleeps on a busy machine may wake late.
 * A first version waited on every empty size, the first of each poll too, and on every poll while busy; this one
 * waits only where Debezium would have turned. The thread that enqueues never waits.
 */
public final class RelayQueue<T> implements QueueProvider<T> {

    /** Its name, as {@code queue.provider.type} selects it (registered in {@code META-INF/services}). */
    public static final String NAME = "platform-relay";
    /** How long the poll thread waits on a turn: a tenth of the millisecond it would turn through. */
    static final long SPIN_WAIT_NANOS = 100_000;
    /** Asked again within this long: a turn, not a poll after a wait (a wait lasts a millisecond at least). */
    static final long SPIN_GAP_NANOS = 50_000;
    /** Turns in a row before the poll thread waits: a poll asks twice as it begins, and must not wait for that. */
    static final int SPIN_TURNS = 3;

    private final ArrayDeque<T> queue = new ArrayDeque<>();
    /** The thread that enqueues (Debezium's streaming thread): it never waits here. */
    private volatile Thread producer;
    /**
     * Kept by the poll thread (Debezium asks for the size under the queue's lock): when it last asked, and how many
     * askings in a row since found the queue empty, each soon after the one before.
     */
    private long lastAsked = System.nanoTime();
    private int emptyTurns;

    /** As Debezium makes it (through {@code META-INF/services}). */
    public RelayQueue() {
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
        queue.add(event);
    }

    @Override
    public T poll() {
        return queue.poll();
    }

    @Override
    public int size() {
        int size = queue.size();
        Thread caller = Thread.currentThread();
        if (turning(size, caller, System.nanoTime() - lastAsked)) {
            LockSupport.parkNanos(SPIN_WAIT_NANOS);
        }
        if (caller != producer) {
            lastAsked = System.nanoTime();
        }
        return size;
    }

    /**
     * Whether {@code caller}, finding {@code size} events {@code sinceLastAsked} nanoseconds after the poll thread last
     * asked, is the poll thread turning through the end of an interval: the queue empty on {@link #SPIN_TURNS} askings
     * in a row, each within {@link #SPIN_GAP_NANOS} of the one before. The streaming thread never is, and does not
     * count.
     */
    boolean turning(int size, Thread caller, long sinceLastAsked) {
        if (caller == producer) {
            return false;
        }
        emptyTurns = size == 0 && sinceLastAsked < SPIN_GAP_NANOS ? emptyTurns + 1 : 0;
        return emptyTurns >= SPIN_TURNS - 1;
    }
}
