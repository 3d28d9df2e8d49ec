package community.platform.gateway.action;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes that many threads ask for at once, committed together: one writer thread takes what is queued, runs it in
 * ONE transaction and commits once; each asker waits until its own write committed, and gets the failure if it did
 * not. A batch that fails is written again one write per transaction, so a write that cannot be written fails alone
 * and the others commit. The actions' threads (up to {@code 5 x gateway.actions.parallelism} at once) thus hold no
 * database connection of their own for their records: the writer uses one, and the interactions' recorder does not
 * queue for a connection behind them.
 */
final class GroupCommit implements AutoCloseable {

    private static final int MAX_BATCH = 500;

    private record Write(Runnable work, CompletableFuture<Void> committed) {
    }

    private final BlockingQueue<Write> queue = new LinkedBlockingQueue<>();
    private final TransactionTemplate transactions;
    private final Thread writer;
    private volatile boolean closed;

    GroupCommit(TransactionTemplate transactions, String name) {
        this.transactions = transactions;
        this.writer = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    /**
     * Runs {@code work} in a transaction it may share with other threads' writes, and returns once that committed.
     *
     * @throws RuntimeException what the transaction threw (its own, once written alone)
     */
    void write(Runnable work) {
        if (closed) {
            throw new IllegalStateException("stopping: nothing more is written");
        }
        Write w = new Write(work, new CompletableFuture<>());
        queue.add(w);
        try {
            w.committed().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while a record was written", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void run() {
        while (!closed || !queue.isEmpty()) {
            Write first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (first == null) {
                continue;
            }
            List<Write> batch = new ArrayList<>();
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            commit(batch);
        }
        for (Write w = queue.poll(); w != null; w = queue.poll()) {
            w.committed().completeExceptionally(new IllegalStateException("stopping: not written"));
        }
    }

    private void commit(List<Write> batch) {
        try {
            transactions.executeWithoutResult(tx -> batch.forEach(w -> w.work().run()));
            batch.forEach(w -> w.committed().complete(null));
            return;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().committed().completeExceptionally(e);
                return;
            }
        }
        for (Write w : batch) {
            try {
                transactions.executeWithoutResult(tx -> w.work().run());
                w.committed().complete(null);
            } catch (RuntimeException e) {
                w.committed().completeExceptionally(e);
            }
        }
    }

    /** Writes what is queued, then ends. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
