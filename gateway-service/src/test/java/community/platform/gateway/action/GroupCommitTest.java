package community.platform.gateway.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.testkit.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class GroupCommitTest {

    /** what each transaction held, in the order they committed */
    final List<List<String>> committed = new CopyOnWriteArrayList<>();
    /** every transaction tried, committed or not */
    final List<List<String>> tried = new CopyOnWriteArrayList<>();
    final CountDownLatch firstHeld = new CountDownLatch(1);
    final CountDownLatch releaseFirst = new CountDownLatch(1);
    final Map<String, RuntimeException> failures = new ConcurrentHashMap<>();
    final ExecutorService writers = Executors.newCachedThreadPool();
    /** the writer of "first", set by {@link #queuedBehindFirst} */
    CompletableFuture<Void> first;

    /** A transaction that holds "first" waits until released; one holding a key of {@code failures} throws it. */
    GroupCommit<String> commits(int maxGroup) {
        return new GroupCommit<>(items -> {
            tried.add(items);
            if (items.contains("first")) {
                firstHeld.countDown();
                await(releaseFirst);
            }
            for (String item : items) {
                RuntimeException failure = failures.get(item);
                if (failure != null) {
                    throw failure;
                }
            }
            committed.add(items);
        }, maxGroup);
    }

    @AfterEach
    void stop() {
        writers.shutdownNow();
    }

    @Test
    @DisplayName("GIVEN writers arriving while a transaction is under way WHEN it commits THEN the next transaction "
            + "holds all of them, and each writer returns once its own item is committed")
    void writersArrivingTogetherShareOneTransaction() throws Exception {
        GroupCommit<String> commits = commits(100);
        List<CompletableFuture<Void>> later = queuedBehindFirst(commits, "a", "b", "c");
        assertThat(first).isNotDone();
        assertThat(later).noneMatch(CompletableFuture::isDone);

        releaseFirst.countDown();

        CompletableFuture.allOf(later.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        first.get(10, TimeUnit.SECONDS);
        assertThat(committed).hasSize(2);
        assertThat(committed.get(0)).containsExactly("first");
        assertThat(committed.get(1)).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    @DisplayName("GIVEN more writers waiting than a group holds WHEN written THEN they go in groups of at most that "
            + "many, oldest first")
    void groupsAreBounded() throws Exception {
        GroupCommit<String> commits = commits(2);
        List<CompletableFuture<Void>> later = queuedBehindFirst(commits, "a", "b", "c");

        releaseFirst.countDown();

        CompletableFuture.allOf(later.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        first.get(10, TimeUnit.SECONDS);
        assertThat(committed).containsExactly(List.of("first"), List.of("a", "b"), List.of("c"));
    }

    @Test
    @DisplayName("GIVEN a group holding one item the database refuses WHEN written THEN only that item's writer "
            + "fails, the others are committed item by item")
    void aRefusedItemFailsOnlyItsWriter() throws Exception {
        failures.put("bad", new DataIntegrityViolationException("value too long"));
        GroupCommit<String> commits = commits(100);
        List<CompletableFuture<Void>> later = queuedBehindFirst(commits, "a", "bad", "c");
        CompletableFuture<Void> bad = later.get(1);

        releaseFirst.countDown();

        CompletableFuture.allOf(first, later.get(0), later.get(2)).get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(DataIntegrityViolationException.class);
        assertThat(committed.stream().flatMap(List::stream)).containsExactlyInAnyOrder("first", "a", "c");
        assertThat(committed).allMatch(group -> group.size() == 1);
    }

    @Test
    @DisplayName("GIVEN the database away WHEN a group's transaction fails THEN every writer of it hears of it at "
            + "once, none is tried alone")
    void theDatabaseAwayFailsTheWholeGroup() throws Exception {
        CannotCreateTransactionException away = new CannotCreateTransactionException("no connection");
        failures.put("a", away);
        GroupCommit<String> commits = commits(100);
        List<CompletableFuture<Void>> later = queuedBehindFirst(commits, "a", "b");

        releaseFirst.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<Void> writer : later) {
            assertThatThrownBy(() -> writer.get(10, TimeUnit.SECONDS)).cause().isSameAs(away);
        }
        assertThat(tried).hasSize(2);
        assertThat(committed).containsExactly(List.of("first"));
    }

    @Test
    @DisplayName("GIVEN a writer alone WHEN its write fails THEN it gets the failure and the next writer is committed")
    void aFailureLeavesTheNextWriterFree() {
        failures.put("bad", new DataIntegrityViolationException("refused"));
        GroupCommit<String> commits = commits(100);

        assertThatThrownBy(() -> commits.write("bad")).isInstanceOf(DataIntegrityViolationException.class);
        commits.write("next");

        assertThat(committed).containsExactly(List.of("next"));
        assertThat(commits.waiting()).isZero();
    }

    @Test
    @DisplayName("GIVEN an Error while a group is written WHEN it ends THEN every writer of the group is told, none "
            + "waits for good")
    void anErrorLeavesNoWriterWaiting() throws Exception {
        GroupCommit<String> commits = new GroupCommit<>(items -> {
            if (items.contains("first")) {
                firstHeld.countDown();
                await(releaseFirst);
                return;
            }
            throw new AssertionError("boom");
        }, 100);
        List<CompletableFuture<Void>> later = queuedBehindFirst(commits, "a", "b");

        releaseFirst.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<Void> writer : later) {
            assertThatThrownBy(() -> writer.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        }
    }

    @Test
    @DisplayName("GIVEN a group size below one WHEN made THEN it is refused")
    void groupOfAtLeastOne() {
        assertThatThrownBy(() -> new GroupCommit<String>(items -> { }, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Writes "first" ({@link #first}), whose transaction is held until {@link #releaseFirst}, then {@code items} one
     * after another, each waiting behind it before the next is written (so they wait in this order).
     */
    List<CompletableFuture<Void>> queuedBehindFirst(GroupCommit<String> commits, String... items) {
        first = write(commits, "first");
        await(firstHeld);
        List<CompletableFuture<Void>> queued = new ArrayList<>();
        for (String item : items) {
            queued.add(write(commits, item));
            int waiting = queued.size();
            Await.until(waiting + " writers waiting", Duration.ofSeconds(10), () -> commits.waiting() == waiting);
        }
        return queued;
    }

    CompletableFuture<Void> write(GroupCommit<String> commits, String item) {
        return CompletableFuture.runAsync(() -> commits.write(item), writers);
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("not released in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
