package community.platform.gateway.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChannelQueuesTest {

    /** Actions named "channel:n"; an action named in {@code held} waits for its latch before it is done. */
    final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    final List<List<String>> batches = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    final BlockingQueue<String> started = new ArrayBlockingQueue<>(100);
    final ExecutorService threads = Executors.newFixedThreadPool(4);

    ChannelQueues<String> queues(int inFlightLimit) {
        return new ChannelQueues<>(threads, inFlightLimit, batch -> {
            batches.add(batch);
            for (String action : batch) {
                started.add(action);
                CountDownLatch latch = held.get(action);
                if (latch != null) {
                    try {
                        latch.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("stopped", e);
                    }
                }
                events.add("done " + action);
            }
        }, new ChannelQueues.Flow() {
            @Override
            public void pause() {
                events.add("pause");
            }

            @Override
            public void resume() {
                events.add("resume");
            }
        });
    }

    static Map<String, List<String>> poll(String... actions) {
        Map<String, List<String>> byChannel = new LinkedHashMap<>();
        for (String a : actions) {
            byChannel.computeIfAbsent(a.substring(0, a.indexOf(':')), k -> new ArrayList<>()).add(a);
        }
        return byChannel;
    }

    CountDownLatch hold(String action) {
        CountDownLatch latch = new CountDownLatch(1);
        held.put(action, latch);
        return latch;
    }

    Runnable ack(String poll) {
        return () -> events.add("ack " + poll);
    }

    void awaitEvent(String event) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!events.contains(event)) {
            assertThat(System.nanoTime()).as("waiting for " + event + " in " + events).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    String awaitStarted() throws InterruptedException {
        String action = started.poll(10, TimeUnit.SECONDS);
        assertThat(action).as("an action started").isNotNull();
        return action;
    }

    @AfterEach
    void stop() {
        held.values().forEach(CountDownLatch::countDown);
        threads.shutdownNow();
    }

    @Test
    @DisplayName("GIVEN channel a busy with the first poll WHEN a second poll brings b and more of a THEN b is performed at once, and a's new actions only after a's first are done")
    void aFreeChannelDoesNotWaitForABusyOne() throws Exception {
        ChannelQueues<String> queues = queues(100);
        CountDownLatch a1 = hold("a:1");
        queues.take(poll("a:1"), ack("1"));
        assertThat(awaitStarted()).isEqualTo("a:1");

        queues.take(poll("a:2", "b:1"), ack("2"));

        assertThat(awaitStarted()).isEqualTo("b:1");
        awaitEvent("done b:1");
        assertThat(events).doesNotContain("done a:2");
        a1.countDown();
        awaitEvent("ack 2");
        assertThat(events.indexOf("done a:1")).isLessThan(events.indexOf("done a:2"));
    }

    @Test
    @DisplayName("GIVEN a later poll done first WHEN the earlier one is done THEN the polls are acknowledged in their order, the later not before the earlier")
    void pollsAcknowledgedInOrder() throws Exception {
        ChannelQueues<String> queues = queues(100);
        CountDownLatch a1 = hold("a:1");
        queues.take(poll("a:1"), ack("1"));
        queues.take(poll("b:1"), ack("2"));
        awaitEvent("done b:1");
        queues.take(poll(), ack("3"));
        assertThat(events).doesNotContain("ack 1", "ack 2", "ack 3");

        a1.countDown();

        awaitEvent("ack 3");
        assertThat(events.stream().filter(e -> e.startsWith("ack")).toList()).containsExactly("ack 1", "ack 2", "ack 3");
    }

    @Test
    @DisplayName("GIVEN a channel busy WHEN several polls bring more of it THEN what came meanwhile is performed as one batch, in the order it came")
    void whatComesWhileBusyWaitsTogether() throws Exception {
        ChannelQueues<String> queues = queues(100);
        CountDownLatch a1 = hold("a:1");
        queues.take(poll("a:1"), ack("1"));
        awaitStarted();
        queues.take(poll("a:2", "a:3"), ack("2"));
        queues.take(poll("a:4"), ack("3"));

        a1.countDown();

        awaitEvent("ack 3");
        assertThat(batches).containsExactly(List.of("a:1"), List.of("a:2", "a:3", "a:4"));
    }

    @Test
    @DisplayName("GIVEN an in-flight limit of 3 WHEN a poll brings 3 actions THEN the consumer is paused, and resumed once one is done")
    void pausedAtTheLimit() throws Exception {
        ChannelQueues<String> queues = queues(3);
        CountDownLatch a1 = hold("a:1");
        CountDownLatch b1 = hold("b:1");
        CountDownLatch c1 = hold("c:1");
        queues.take(poll("a:1", "b:1"), ack("1"));
        assertThat(events).doesNotContain("pause");
        queues.take(poll("c:1"), ack("2"));
        assertThat(events).contains("pause");
        assertThat(queues.inFlight()).isEqualTo(3);

        a1.countDown();

        awaitEvent("resume");
        b1.countDown();
        c1.countDown();
        awaitEvent("ack 2");
        assertThat(queues.inFlight()).isZero();
        assertThat(events.stream().filter(e -> e.equals("pause") || e.equals("resume")).toList())
                .containsExactly("pause", "resume");
    }

    @Test
    @DisplayName("GIVEN a batch left unfinished by a stop WHEN later polls are done THEN neither its poll nor any after it is acknowledged (they come again)")
    void unfinishedPollHoldsEveryLaterAcknowledgement() throws Exception {
        ChannelQueues<String> queues = queues(100);
        hold("a:1");
        queues.take(poll("a:1"), ack("1"));
        awaitStarted();
        queues.take(poll("b:1"), ack("2"));
        awaitEvent("done b:1");

        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        queues.take(poll("c:1"), ack("3"));

        assertThat(events).doesNotContain("done a:1", "ack 1", "ack 2", "ack 3");
        assertThat(queues.inFlight()).isEqualTo(2);
    }

    @Test
    @DisplayName("GIVEN an in-flight limit below 1 WHEN the queues are made THEN they refuse, saying so")
    void limitAtLeastOne() {
        assertThatThrownBy(() -> queues(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }
}
