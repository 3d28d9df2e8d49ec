package community.platform.runtime.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Work a handler asks to do once per poll rather than once per message: it runs after the poll's messages, in their
 * transaction (so its outbox rows commit, or roll back, with them), and a request under a key already asked for in the
 * same poll replaces the earlier one. What it is for: a message many commands of one poll change (a proposal's counts
 * after each of a hundred clicks) is rendered and sent once, from the state the whole poll left, instead of once per
 * command with every version but the last replaced at once.
 *
 * <p>Outside a poll (a handler called directly, in a test's or a timer's transaction) the work runs at once, as if
 * its poll held that one message. Work deferred in a transaction that fails is dropped with it; the messages are
 * handled again, and ask again.
 */
public final class EndOfPoll {

    private final ThreadLocal<LinkedHashMap<Object, Runnable>> deferred = new ThreadLocal<>();

    /**
     * Runs {@code work} when the poll being handled on this thread ends, unless a later call with an equal {@code key}
     * replaces it; the poll's deferred works run in the order of their last request.
     */
    public void once(Object key, Runnable work) {
        LinkedHashMap<Object, Runnable> d = deferred.get();
        if (d == null) {
            work.run();
            return;
        }
        d.remove(key);
        d.put(key, work);
    }

    /** Handles one poll (or one message of it): {@code handling} dispatches, then the deferred works run. */
    void around(Runnable handling) {
        if (deferred.get() != null) {
            handling.run();
            return;
        }
        LinkedHashMap<Object, Runnable> d = new LinkedHashMap<>();
        deferred.set(d);
        List<Runnable> works;
        try {
            handling.run();
            works = new ArrayList<>(d.values());
        } finally {
            deferred.remove();
        }
        // outside the poll's scope: a work that asks for more work has it done at once
        works.forEach(Runnable::run);
    }
}
