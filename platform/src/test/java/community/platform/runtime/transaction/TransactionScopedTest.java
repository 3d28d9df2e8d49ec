package community.platform.runtime.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class TransactionScopedTest {

    final List<List<String>> flushed = new ArrayList<>();
    final TransactionScoped<List<String>> rows = new TransactionScoped<>(ArrayList::new, flushed::add);

    /** What a transaction manager does when a transaction begins. */
    static void begin() {
        TransactionSynchronizationManager.initSynchronization();
    }

    /** ... and when it commits. */
    static void commit() {
        TransactionSynchronizationUtils.triggerBeforeCommit(false);
        TransactionSynchronizationUtils.triggerAfterCompletion(TransactionSynchronization.STATUS_COMMITTED);
        TransactionSynchronizationManager.clearSynchronization();
    }

    static void rollBack() {
        TransactionSynchronizationUtils.triggerAfterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
        TransactionSynchronizationManager.clearSynchronization();
    }

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    @DisplayName("GIVEN a transaction WHEN its value is used twice and it commits THEN one value collected both and was "
            + "handed over once before the commit, and the next transaction starts empty")
    void oneValuePerTransaction() {
        begin();
        rows.get().add("a");
        rows.get().add("b");
        commit();
        assertThat(flushed).containsExactly(List.of("a", "b"));
        begin();
        assertThat(rows.bound()).isEmpty();
        rows.get().add("c");
        commit();
        assertThat(flushed).containsExactly(List.of("a", "b"), List.of("c"));
    }

    @Test
    @DisplayName("GIVEN a transaction that used the value WHEN it rolls back THEN nothing is handed over and the value is "
            + "forgotten")
    void rolledBack() {
        begin();
        rows.get().add("a");
        rollBack();
        assertThat(flushed).isEmpty();
        begin();
        assertThat(rows.bound()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a transaction WHEN the value is only looked up THEN nothing is created or registered")
    void readsBindNothing() {
        begin();
        assertThat(rows.bound()).isEmpty();
        assertThat(TransactionSynchronizationManager.getSynchronizations()).isEmpty();
        rows.get().add("a");
        assertThat(rows.bound()).contains(List.of("a"));
    }

    @Test
    @DisplayName("GIVEN two owners in one transaction THEN each keeps its own value")
    void ownersApart() {
        TransactionScoped<List<String>> other = new TransactionScoped<>(ArrayList::new);
        begin();
        rows.get().add("mine");
        other.get().add("theirs");
        assertThat(rows.bound()).contains(List.of("mine"));
        assertThat(other.bound()).contains(List.of("theirs"));
    }

    @Test
    @DisplayName("GIVEN no transaction WHEN the value is asked for THEN it is refused; a lookup finds nothing")
    void outsideATransaction() {
        assertThat(TransactionScoped.active()).isFalse();
        assertThatThrownBy(rows::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("no transaction");
        assertThat(rows.bound()).isEmpty();
    }
}
