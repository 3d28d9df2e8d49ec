package community.platform.scheduler.timer;

import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.runtime.outbox.OutboxWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires one arming of a timer: in ONE transaction the timer row goes from pending to fired (a conditional update: a
 * cancelled, re-armed or already fired timer matches nothing) and {@link TimerFired} goes to the outbox, for the
 * owner's commands topic keyed by the owner's entity. Its id derives from the arming, so should db-scheduler run the
 * execution again (a crash before it recorded the completion) the owner's inbox drops the copy.
 */
@Component
public class TimerFiring {

    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;
    private final MessageCodec codec;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Timer lag;

    public TimerFiring(JdbcTemplate jdbc, OutboxWriter outbox, MessageCodec codec,
                       PlatformTransactionManager transactions, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.codec = codec;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.lag = Timer.builder("scheduler.timer.lag").description("due time to firing, platform time")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    /** @return true if this call fired the timer, false if there was nothing (left) to fire */
    boolean fire(TimerRef ref) {
        Boolean fired = tx.execute(status -> {
            Instant now = clock.instant();
            List<TimerFired> due = jdbc.query("""
                    update timer set state = 'fired', fired_at = ?, updated_at = ?
                     where owner = ? and timer_id = ? and generation = ? and state = 'pending'
                    returning guild_id, entity_key, due_at, payload""",
                    (rs, n) -> new TimerFired(rs.getString("guild_id"), ref.owner(), ref.timerId(),
                            rs.getString("entity_key"), ref.generation(), rs.getTimestamp("due_at").toInstant(), now,
                            codec.mapper().readTree(rs.getString("payload"))),
                    Timestamp.from(now), Timestamp.from(now), ref.owner(), ref.timerId(), ref.generation());
            if (due.isEmpty()) {
                return false;
            }
            TimerFired firing = due.getFirst();
            outbox.append(firingId(ref), Topics.commandsOf(ref.owner()), firing.entityKey(), firing);
            lag.record(Duration.between(firing.dueAt(), now).abs());
            return true;
        });
        return Boolean.TRUE.equals(fired);
    }

    static UUID firingId(TimerRef ref) {
        return UUID.nameUUIDFromBytes(("scheduler|timer|" + ref.instanceId()).getBytes(StandardCharsets.UTF_8));
    }
}
