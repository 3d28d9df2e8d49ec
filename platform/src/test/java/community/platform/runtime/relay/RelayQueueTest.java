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
    @DisplayName("only the poll thread of an idle, empty queue waits; under load and for the streaming thread it never does")
    void waitsOnlyWhenIdle() throws Exception {
        // GIVEN a queue the streaming thread enqueued into, idle after 1 s
        RelayQueue<String> queue = new RelayQueue<>(TimeUnit.SECONDS.toNanos(1));
        Thread streaming = Thread.ofPlatform().start(() -> queue.enqueue("a"));
        streaming.join();
        Thread poll = Thread.currentThread();
        long now = System.nanoTime();
        // WHEN each asks for its size, now and two seconds later
        // THEN the poll thread waits only on an empty queue two seconds later; the streaming thread never
        assertThat(queue.waits(0, poll, now)).isFalse();
        assertThat(queue.waits(0, poll, now + TimeUnit.SECONDS.toNanos(2))).isTrue();
        assertThat(queue.waits(1, poll, now + TimeUnit.SECONDS.toNanos(2))).isFalse();
        assertThat(queue.waits(0, streaming, now + TimeUnit.SECONDS.toNanos(2))).isFalse();
    }

    @Test
    @DisplayName("the poll thread asking an idle, empty queue for its size waits a moment instead of turning at once")
    void pollThreadWaitsOnAnIdleQueue() throws Exception {
        // GIVEN a queue idle at once, which another thread (the streaming thread) enqueued into and the poll thread emptied
        RelayQueue<String> queue = new RelayQueue<>(0);
        Thread streaming = Thread.ofPlatform().start(() -> queue.enqueue("a"));
        streaming.join();
        assertThat(queue.poll()).isEqualTo("a");
        // WHEN the poll thread asks its size 500 times, as Debezium's poll turns in the last millisecond of its interval
        long started = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            assertThat(queue.size()).isZero();
        }
        long took = System.nanoTime() - started;
        // THEN each turn waited (500 x 0.2 ms = 100 ms; a turn without waiting is well under a microsecond)
        assertThat(took).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(50));
    }
}
