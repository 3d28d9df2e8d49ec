package community.platform.runtime.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.connector.base.QueueProvider;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RelayQueueTest {

    @Test
    @DisplayName("Debezium finds the relay's queue by the name the relay asks for")
    void registeredUnderItsName() {
        // GIVEN the queue providers Debezium loads (ServiceLoader, as it selects queue.provider.type)
        // WHEN they are looked up by the name the relay's engine is given
        // THEN exactly the relay's queue answers to it
        assertThat(ServiceLoader.load(QueueProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(RelayQueue.NAME)).toList())
                .singleElement().isInstanceOf(RelayQueue.class);
    }

    @Test
    @DisplayName("events come out in the order they went in, and the size counts them")
    void firstInFirstOut() {
        // GIVEN three events enqueued
        RelayQueue<String> queue = new RelayQueue<>();
        queue.enqueue("a");
        queue.enqueue("b");
        queue.enqueue("c");
        // WHEN they are taken
        // THEN in order, the size falling with each, and nothing once empty
        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.poll()).isEqualTo("a");
        assertThat(queue.poll()).isEqualTo("b");
        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.poll()).isEqualTo("c");
        assertThat(queue.poll()).isNull();
    }

    @Test
    @DisplayName("the poll thread waits only when it asks again and again, soon after, finding the queue empty; the streaming thread never")
    void waitsOnlyWhileTurning() throws Exception {
        RelayQueue<String> queue = new RelayQueue<>();
        Thread streaming = Thread.ofPlatform().start(() -> queue.enqueue("a"));
        streaming.join();
        Thread poll = Thread.currentThread();
        long soon = RelayQueue.SPIN_GAP_NANOS / 5;
        long afterAWait = TimeUnit.MILLISECONDS.toNanos(2);
        // GIVEN a poll that begins on an empty queue, after the batch before it was sent: it asks twice at once
        // WHEN it asks
        // THEN it does not wait for that
        assertThat(queue.turning(0, poll, afterAWait)).isFalse();
        assertThat(queue.turning(0, poll, soon)).isFalse();
        // GIVEN its interval's last millisecond, where it asks again at once, turn after turn
        // THEN it waits on each of those turns
        assertThat(queue.turning(0, poll, soon)).isTrue();
        assertThat(queue.turning(0, poll, soon)).isTrue();
        // GIVEN an event enqueued meanwhile, or a wait of a millisecond before it asks
        // THEN it does not wait, and asks twice more at once before it would
        assertThat(queue.turning(1, poll, soon)).isFalse();
        assertThat(queue.turning(0, poll, soon)).isFalse();
        assertThat(queue.turning(0, poll, afterAWait)).isFalse();
        assertThat(queue.turning(0, poll, soon)).isFalse();
        assertThat(queue.turning(0, poll, soon)).isTrue();
        // GIVEN the streaming thread asking the size as it enqueues, however often
        // THEN it never waits, and its askings do not break the poll thread's turns
        assertThat(queue.turning(0, streaming, soon)).isFalse();
        assertThat(queue.turning(0, poll, soon)).isTrue();
    }

    @Test
    @DisplayName("the poll thread turning through an empty queue waits a moment on each turn instead of turning at once")
    void pollThreadWaitsWhileTurning() throws Exception {
        // GIVEN a queue another thread (the streaming thread) enqueued into and the poll thread emptied
        RelayQueue<String> queue = new RelayQueue<>();
        Thread streaming = Thread.ofPlatform().start(() -> queue.enqueue("a"));
        streaming.join();
        assertThat(queue.poll()).isEqualTo("a");
        // WHEN the poll thread asks its size 500 times at once, as Debezium's poll turns in the last millisecond of
        // its interval
        long started = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            assertThat(queue.size()).isZero();
        }
        long took = System.nanoTime() - started;
        // THEN the turns after the first two waited (498 x 0.1 ms, about 50 ms; a turn without waiting is well under
        // a microsecond)
        assertThat(took).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(40));
    }
}
