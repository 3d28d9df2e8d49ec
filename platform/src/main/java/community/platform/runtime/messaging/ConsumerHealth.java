package community.platform.runtime.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a consumer loop is doing its work: its thread alive, and since when its polls have been failing (the
 * database or Kafka away). A loop that recovers by itself reports each failure and each success; one that cannot go on
 * reports that it died. Health indicators read it: dead is DOWN (restart me), failing for longer than a grace is
 * OUT_OF_SERVICE (not ready, but alive: it will recover when what it waits for is back).
 */
public final class ConsumerHealth {

    /** What the loop is doing now. */
    public enum State { STARTING, RUNNING, FAILING, DEAD }

    private final Clock clock;
    private volatile Thread thread;
    private volatile Instant failingSince;
    private volatile String lastError;
    private volatile boolean died;

    public ConsumerHealth() {
        this(Clock.systemUTC());
    }

    ConsumerHealth(Clock clock) {
        this.clock = clock;
    }

    public void started(Thread loop) {
        this.thread = loop;
        this.died = false;
    }

    public void ok() {
        failingSince = null;
    }

    public void failed(Throwable cause) {
        lastError = cause.toString();
        if (failingSince == null) {
            failingSince = clock.instant();
        }
    }

    public void died(Throwable cause) {
        lastError = cause.toString();
        died = true;
    }

    public State state() {
        Thread t = thread;
        if (died || (t != null && !t.isAlive())) {
            return State.DEAD;
        }
        if (t == null) {
            return State.STARTING;
        }
        return failingSince == null ? State.RUNNING : State.FAILING;
    }

    /** True while the loop has been failing for longer than {@code grace}. */
    public boolean failingLongerThan(Duration grace) {
        Instant since = failingSince;
        return since != null && Duration.between(since, clock.instant()).compareTo(grace) > 0;
    }

    public Instant failingSince() {
        return failingSince;
    }

    public String lastError() {
        return lastError;
    }
}
