package community.platform.gateway.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Writes that many threads make, committed together: each caller hands its item and returns once a transaction holding
 * it committed (or throws what made it fail), as if it had written it alone. Whoever finds no transaction under way
 * writes everything waiting, in one; the others wait for it and find theirs done, or write the next group. So the
 * database commits once per group instead of once per item, and the busier the writers the larger the groups, with no
 * timer and no thread of its own.
 *
 * <p>A group that fails for its content (not for the database being away) is written again item by item, so one item
 * the database refuses fails only its own writer. A group that fails because the database is away fails every writer
 * in it, each to try again as it would alone.
 *
 * @param <T> one writer's item
 */
final class GroupCommit<T> {

    private final Consumer<List<T>> writeTogether;
    private final int maxGroup;
    private final ReentrantLock writing = new ReentrantLock();
    private final Queue<Waiting<T>> waiting = new ConcurrentLinkedQueue<>();

    /**
     * @param writeTogether writes the items it is given in one transaction, or throws and writes none
     * @param maxGroup      at most this many items in one transaction (at least 1)
     */
    GroupCommit(Consumer<List<T>> writeTogether, int maxGroup) {
        if (maxGroup < 1) {
            throw new IllegalArgumentException("a group holds at least one item, not " + maxGroup);
        }
        this.writeTogether = writeTogether;
        this.maxGroup = maxGroup;
    }

    /** Returns once the item is committed; throws what failed its transaction otherwise. */
    void write(T item) {
        Waiting<T> mine = new Waiting<>(item);
        waiting.add(mine);
        writing.lock();
        try {
            while (!mine.done) {
                writeGroup();
            }
        } finally {
            writing.unlock();
        }
        // read after holding the lock the writer of its group released: its outcome is visible
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** Under the lock: the oldest waiting items, up to a group's size, written in one transaction. */
    private void writeGroup() {
        List<Waiting<T>> group = new ArrayList<>();
        Waiting<T> next;
        while (group.size() < maxGroup && (next = waiting.poll()) != null) {
            group.add(next);
        }
        try {
            commit(group);
        } finally {
            // an Error on the way: every writer of the group hears of it, or it would wait for an item no one holds
            group.stream().filter(w -> !w.done)
                    .forEach(w -> w.done(new IllegalStateException("the write of its group did not end")));
        }
    }

    private void commit(List<Waiting<T>> group) {
        try {
            writeTogether.accept(group.stream().map(w -> w.item).toList());
            group.forEach(w -> w.done(null));
        } catch (RuntimeException e) {
            if (group.size() == 1 || databaseAway(e)) {
                group.forEach(w -> w.done(e));
                return;
            }
            for (Waiting<T> w : group) {
                try {
                    writeTogether.accept(List.of(w.item));
                    w.done(null);
                } catch (RuntimeException alone) {
                    w.done(alone);
                }
            }
        }
    }

    /** Writers whose items wait for a transaction (not the one under way). */
    int waiting() {
        return waiting.size();
    }

    /** The failure is the database's, not the items': writing them one by one would only fail as many times more. */
    static boolean databaseAway(RuntimeException e) {
        return e instanceof TransactionException
                || e instanceof DataAccessResourceFailureException
                || e instanceof TransientDataAccessException
                || e instanceof RecoverableDataAccessException;
    }

    private static final class Waiting<T> {
        final T item;
        boolean done;
        RuntimeException failure;

        Waiting(T item) {
            this.item = item;
        }

        void done(RuntimeException failure) {
            this.failure = failure;
            this.done = true;
        }
    }
}
