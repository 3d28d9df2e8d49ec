package community.platform.scheduler.timer;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.scheduler.CancelTimer;
import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.runtime.messaging.RejectedMessage;
import community.platform.scheduler.config.SchedulerSettings;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Arms and cancels timers, inside the transaction of the command (db-scheduler works through a transaction-aware data
 * source, so its execution row commits or rolls back with the timer row and the inbox entry).
 */
@Component
public class TimerBook {

    private record Existing(String guildId, Instant dueAt, String payload, long generation, String state) {
    }

    private final JdbcTemplate jdbc;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> timerTask;
    private final MessageCodec codec;
    private final SchedulerSettings settings;
    private final Clock clock;

    public TimerBook(JdbcTemplate jdbc, SchedulerClient scheduler,
                     @Qualifier("timerTask") CustomTask<Void> timerTask, MessageCodec codec,
                     SchedulerSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.timerTask = timerTask;
        this.codec = codec;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param requestedAt when the owner asked (the command's {@code ce_time}), null when unknown */
    void schedule(ScheduleTimer asked, Instant requestedAt) {
        // PostgreSQL keeps microseconds: compare and store the due time as it will read back
        ScheduleTimer request = new ScheduleTimer(asked.guildId(), asked.owner(), asked.timerId(), asked.entityKey(),
                asked.dueAt().truncatedTo(ChronoUnit.MICROS), asked.payload());
        String payload = codec.mapper().writeValueAsString(request.payload());
        Instant now = clock.instant();
        TimerPolicy.check(request, payload.getBytes(StandardCharsets.UTF_8).length, now, requestedAt,
                settings.timers());
        Existing existing = find(request.owner(), request.timerId());
        if (existing == null) {
            jdbc.update("""
                    insert into timer (owner, timer_id, guild_id, entity_key, due_at, payload, generation, state, updated_at)
                    values (?, ?, ?, ?, ?, ?, 1, 'pending', ?)""",
                    request.owner(), request.timerId(), request.guildId(), request.entityKey(),
                    Timestamp.from(request.dueAt()), payload, Timestamp.from(now));
            arm(new TimerRef(request.owner(), request.timerId(), 1), request.dueAt());
            return;
        }
        if (!existing.guildId().equals(request.guildId())) {
            throw new RejectedMessage("timer " + request.key() + " belongs to another guild");
        }
        if (!existing.state().equals("cancelled") && existing.dueAt().equals(request.dueAt())
                && existing.payload().equals(payload)) {
            return; // the same request again
        }
        long generation = existing.generation() + 1;
        jdbc.update("""
                update timer set entity_key = ?, due_at = ?, payload = ?, generation = ?, state = 'pending',
                       fired_at = null, updated_at = ?
                 where owner = ? and timer_id = ?""",
                request.entityKey(), Timestamp.from(request.dueAt()), payload, generation, Timestamp.from(now),
                request.owner(), request.timerId());
        if (existing.state().equals("pending")) {
            dropExecution(new TimerRef(request.owner(), request.timerId(), existing.generation()));
        }
        arm(new TimerRef(request.owner(), request.timerId(), generation), request.dueAt());
    }

    void cancel(CancelTimer request) {
        Existing existing = find(request.owner(), request.timerId());
        if (existing == null || !existing.guildId().equals(request.guildId()) || !existing.state().equals("pending")) {
            return; // unknown, another guild's, fired or cancelled already: nothing to do
        }
        jdbc.update("update timer set state = 'cancelled', updated_at = ? where owner = ? and timer_id = ?",
                Timestamp.from(clock.instant()), request.owner(), request.timerId());
        dropExecution(new TimerRef(request.owner(), request.timerId(), existing.generation()));
    }

    /** Locks the row, so a firing of the same timer waits for this command's transaction and then sees its outcome. */
    private Existing find(String owner, String timerId) {
        List<Existing> rows = jdbc.query("""
                select guild_id, due_at, payload, generation, state from timer
                 where owner = ? and timer_id = ? for update""",
                (rs, n) -> new Existing(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getLong(4), rs.getString(5)),
                owner, timerId);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private void arm(TimerRef ref, Instant dueAt) {
        scheduler.scheduleIfNotExists(timerTask.instance(ref.instanceId()), dueAt);
    }

    /**
     * Tidies the execution of an arming that will never fire. Best effort: an execution already picked finds the row
     * changed and fires nothing.
     */
    private void dropExecution(TimerRef ref) {
        try {
            scheduler.cancel(TaskInstanceId.of(TimerRef.TASK, ref.instanceId()));
        } catch (TaskInstanceException alreadyGoneOrRunning) {
            // running: its conditional update matches nothing; gone: nothing to tidy
        }
    }
}
