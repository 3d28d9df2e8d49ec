package community.platform.runtime.transaction;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value kept with the current transaction (a consumer's poll): created on first use, handed to {@code beforeCommit}
 * just before the transaction commits (rows written behind go out in one batch there), and forgotten when it ends,
 * committed or rolled back. Each instance is its own resource: two owners never share a value.
 *
 * @param <T> what the transaction keeps
 */
public final class TransactionScoped<T> {

    private final Supplier<T> create;
    private final Consumer<T> beforeCommit;

    /** @param beforeCommit runs with the value before the commit, in the transaction (after values used earlier) */
    public TransactionScoped(Supplier<T> create, Consumer<T> beforeCommit) {
        this.create = create;
        this.beforeCommit = beforeCommit;
    }

    /** A value that only lives as long as its transaction (a cache of what the transaction read). */
    public TransactionScoped(Supplier<T> create) {
        this(create, value -> { });
    }

    /** Whether a transaction is there to keep a value in. */
    public static boolean active() {
        return TransactionSynchronizationManager.isSynchronizationActive();
    }

    /** This transaction's value, created and bound on first use. */
    @SuppressWarnings("unchecked")
    public T get() {
        if (!active()) {
            throw new IllegalStateException("no transaction to keep the value in");
        }
        T bound = (T) TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return bound;
        }
        T created = create.get();
        TransactionSynchronizationManager.bindResource(this, created);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                TransactionScoped.this.beforeCommit.accept(created);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this);
            }
        });
        return created;
    }

    /** This transaction's value if it has one already; nothing is created or bound (for reads). */
    @SuppressWarnings("unchecked")
    public Optional<T> bound() {
        return active() ? Optional.ofNullable((T) TransactionSynchronizationManager.getResource(this))
                : Optional.empty();
    }
}
