package community.platform.runtime.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a consumer is doing its work: running, and since when its polls have been failing (the database or Kafka
 * away). A consumer that recovers by itself reports each failure and each success; one that cannot go on (its
 * listener container stopped for a reason other than a shutdown) is reported dead. Health indicators read it: dead
 * is DOWN (restart me), failing for longer than a grace is OUT_OF_SERVICE (not ready, but alive: it recovers when
 * what it waits for is back).
 */
public final class ConsumerHealth {

    /** What the loop is doing now. */
    public enum State { STARTING, RUNNING, FAILING, DEAD }

    private final Clock clock;
    private volatile boolean started;
    private volatile Instant failingSince;
    private volatile String lastError;
    private volatile boolean died;

    public ConsumerHealth() {
        this(Clock.systemUTC());
    }

    ConsumerHealth(Clock clock) {
        this.clock = clock;
    }

    public void started() {
        this.started = true;
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
        if (died) {
            return State.DEAD;
        }
        if (!started) {
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
