package community.platform.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for something outside the test thread (a row, a file) without burning the shared cores. */
public final class Await {

    private Await() {
    }

    /** Checks {@code condition} every 50 ms until it holds; fails with {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    /**
     * Checks every 50 ms that {@code condition} keeps holding for {@code window}: for "no second effect", where a
     * late duplicate would show within a stated, bounded window. Fails at the first check it does not hold.
     */
    public static void holds(String what, Duration window, BooleanSupplier condition) {
        long end = System.nanoTime() + window.toNanos();
        do {
            if (!condition.getAsBoolean()) {
                throw new AssertionError("stopped holding within " + window + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while checking " + what, e);
            }
        } while (System.nanoTime() < end);
    }
}
