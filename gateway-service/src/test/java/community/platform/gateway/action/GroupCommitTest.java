package community.platform.gateway.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class GroupCommitTest {

    /** Counts commits and rollbacks; what a transaction holds is what its works added to {@code pending}. */
    static final class Counting extends AbstractPlatformTransactionManager {
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger rollbacks = new AtomicInteger();
        final Set<String> committed = ConcurrentHashMap.newKeySet();
        final List<String> pending = new ArrayList<>();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            pending.clear();
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            commits.incrementAndGet();
            committed.addAll(pending);
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rollbacks.incrementAndGet();
            pending.clear();
        }
    }

    private final Counting tx = new Counting();
    private final GroupCommit commits = new GroupCommit(new TransactionTemplate(tx), "test-writer");
    private final ExecutorService askers = Executors.newFixedThreadPool(50);

    @AfterEach
    void stop() {
        askers.shutdownNow();
        commits.close();
    }

    @Test
    @DisplayName("GIVEN 50 threads asking for a record while one is being written WHEN they wait THEN each returns "
            + "after its own record committed, and the 49 share one transaction")
    void waitingWritesShareOneCommit() throws Exception {
        CountDownLatch queued = new CountDownLatch(49);
        CountDownLatch firstWriting = new CountDownLatch(1);
        Future<?> first = askers.submit(() -> commits.write(() -> {
            firstWriting.countDown();
            await(queued);
            tx.pending.add("record 0");
        }));
        firstWriting.await();
        List<Future<Boolean>> rest = new ArrayList<>();
        for (int i = 1; i < 50; i++) {
            String record = "record " + i;
            rest.add(askers.submit(() -> {
                queued.countDown();
                commits.write(() -> tx.pending.add(record));
                return tx.committed.contains(record);
            }));
        }
        first.get(10, TimeUnit.SECONDS);
        for (Future<Boolean> f : rest) {
            assertThat(f.get(10, TimeUnit.SECONDS)).as("committed when write returned").isTrue();
        }
        assertThat(tx.committed).hasSize(50);
        assertThat(tx.commits.get()).as("the first alone, the others together (they queued behind it)")
                .isLessThanOrEqualTo(3);
    }

    @Test
    @DisplayName("GIVEN a batch with one write that fails WHEN it is committed THEN that write fails alone and the "
            + "others commit, each in a transaction of its own")
    void aFailingWriteFailsAlone() throws Exception {
        CountDownLatch queued = new CountDownLatch(3);
        CountDownLatch firstWriting = new CountDownLatch(1);
        Future<?> first = askers.submit(() -> commits.write(() -> {
            firstWriting.countDown();
            await(queued);
        }));
        firstWriting.await();
        List<Future<?>> rest = new ArrayList<>();
        for (String record : List.of("a", "broken", "c")) {
            rest.add(askers.submit(() -> {
                queued.countDown();
                commits.write(() -> {
                    if (record.equals("broken")) {
                        throw new IllegalArgumentException("cannot be written");
                    }
                    tx.pending.add(record);
                });
            }));
        }
        first.get(10, TimeUnit.SECONDS);
        rest.get(0).get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> rest.get(1).get(10, TimeUnit.SECONDS)).hasRootCauseMessage("cannot be written");
        rest.get(2).get(10, TimeUnit.SECONDS);
        assertThat(tx.committed).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    @DisplayName("GIVEN the writer closed WHEN a record is asked for THEN it is refused, not left waiting")
    void closedRefuses() {
        commits.close();

        assertThatThrownBy(() -> commits.write(() -> { })).isInstanceOf(IllegalStateException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the others never queued");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
