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
 * Fires timers: in ONE transaction each timer row goes from pending to fired (a conditional update: a cancelled,
 * re-armed or already fired timer matches nothing) and its {@link TimerFired} goes to the outbox, for the owner's
 * commands topic keyed by the owner's entity. Its id derives from the arming, so should db-scheduler run the
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

    static final int BATCH = 500;

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

    /**
     * Fires the arming {@code ref} if it is still pending, and with it every other timer already due (up to
     * {@link #BATCH}): under load the executions of those find their timer fired and only close, so most timers cost a
     * share of one commit instead of a commit each. Rows another replica is firing are skipped, not waited for.
     *
     * @return how many timers this call fired
     */
    int fire(TimerRef ref) {
        Integer fired = tx.execute(status -> {
            Instant now = clock.instant();
            List<TimerFired> due = jdbc.query("""
                    update timer t set state = 'fired', fired_at = ?, updated_at = ?
                      from (select owner, timer_id from timer
                             where state = 'pending'
                               and ((owner = ? and timer_id = ? and generation = ?) or due_at <= ?)
                             order by due_at
                             limit ?
                             for update skip locked) d
                     where t.owner = d.owner and t.timer_id = d.timer_id
                    returning t.guild_id, t.owner, t.timer_id, t.entity_key, t.generation, t.due_at, t.payload""",
                    (rs, n) -> new TimerFired(rs.getString("guild_id"), rs.getString("owner"),
                            rs.getString("timer_id"), rs.getString("entity_key"), rs.getLong("generation"),
                            rs.getTimestamp("due_at").toInstant(), now,
                            codec.mapper().readTree(rs.getString("payload"))),
                    Timestamp.from(now), Timestamp.from(now), ref.owner(), ref.timerId(), ref.generation(),
                    Timestamp.from(now), BATCH);
            for (TimerFired firing : due) {
                TimerRef fired1 = new TimerRef(firing.owner(), firing.timerId(), firing.generation());
                outbox.append(firingId(fired1), Topics.commandsOf(firing.owner()), firing.entityKey(), firing);
                lag.record(Duration.between(firing.dueAt(), now).abs());
            }
            return due.size();
        });
        return fired == null ? 0 : fired;
    }

    static UUID firingId(TimerRef ref) {
        return UUID.nameUUIDFromBytes(("scheduler|timer|" + ref.instanceId()).getBytes(StandardCharsets.UTF_8));
    }
}
