package community.platform.moderation.escalation;

import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * An escalation's clock: ONE scheduler timer per escalation ({@code moderation:escalation-<id>}), armed on opening,
 * moved on every vote, cancelled when a vote decides. Its firing comes back on {@code moderation.commands} keyed by
 * the escalation, ordered with its votes.
 */
@Component
class EscalationClock {

    static final String OWNER = "moderation";
    static final String TIMER_PREFIX = "escalation-";

    private final OutboxWriter outbox;
    private final Clock clock;

    EscalationClock(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Platform time in whole milliseconds: the clock's due time travels to the scheduler and back in a firing, and must
     * equal the stored {@code resolves_at} (PostgreSQL keeps microseconds, the clock gives nanoseconds).
     */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    void arm(Escalation e, Instant at, Delivery delivery) {
        outbox.armTimer(delivery, Long.toString(e.guildId()), OWNER, timerId(e), Long.toString(e.escalationId()), at);
    }

    void cancel(Escalation e, Delivery delivery) {
        outbox.cancelTimer(delivery, Long.toString(e.guildId()), OWNER, timerId(e));
    }

    private static String timerId(Escalation e) {
        return TIMER_PREFIX + e.escalationId();
    }
}
