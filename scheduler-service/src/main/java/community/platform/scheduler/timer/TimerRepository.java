package community.platform.scheduler.timer;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code timer} rows and the db-scheduler execution that fires each arming, in the transaction of the command
 * (db-scheduler works through a transaction-aware data source, so its execution row commits or rolls back with the
 * timer row and the inbox entry).
 */
@Repository
class TimerRepository {

    /** A timer as it stands: its guild, due time, payload (JSON), arming generation and state. */
    record Timer(String guildId, Instant dueAt, String payload, long generation, String state) {

        boolean pending() {
            return state.equals("pending");
        }
    }

    private final JdbcTemplate jdbc;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> timerTask;

    TimerRepository(JdbcTemplate jdbc, SchedulerClient scheduler, @Qualifier("timerTask") CustomTask<Void> timerTask) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.timerTask = timerTask;
    }

    /** Locks the row, so a firing of the same timer waits for this command's transaction and then sees its outcome. */
    Optional<Timer> lock(String owner, String timerId) {
        return jdbc.query("""
                select guild_id, due_at, payload, generation, state from timer
                 where owner = ? and timer_id = ? for update""",
                (rs, n) -> new Timer(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getLong(4),
                        rs.getString(5)),
                owner, timerId).stream().findFirst();
    }

    /** A new timer, pending, at generation 1. */
    void insert(String owner, String timerId, String guildId, String entityKey, Instant dueAt, String payload,
                Instant now) {
        jdbc.update("""
                insert into timer (owner, timer_id, guild_id, entity_key, due_at, payload, generation, state, updated_at)
                values (?, ?, ?, ?, ?, ?, 1, 'pending', ?)""",
                owner, timerId, guildId, entityKey, Timestamp.from(dueAt), payload, Timestamp.from(now));
    }

    /** The timer pending again with a new due time and payload, under a new generation. */
    void rearm(String owner, String timerId, String entityKey, Instant dueAt, String payload, long generation,
               Instant now) {
        jdbc.update("""
                update timer set entity_key = ?, due_at = ?, payload = ?, generation = ?, state = 'pending',
                       fired_at = null, updated_at = ?
                 where owner = ? and timer_id = ?""",
                entityKey, Timestamp.from(dueAt), payload, generation, Timestamp.from(now), owner, timerId);
    }

    void markCancelled(String owner, String timerId, Instant now) {
        jdbc.update("update timer set state = 'cancelled', updated_at = ? where owner = ? and timer_id = ?",
                Timestamp.from(now), owner, timerId);
    }

    /** Books the arming's firing with db-scheduler. */
    void arm(TimerRef ref, Instant dueAt) {
        scheduler.scheduleIfNotExists(timerTask.instance(ref.instanceId()), dueAt);
    }

    /**
     * Tidies the execution of an arming that will never fire. Best effort: an execution already picked finds the row
     * changed and fires nothing.
     */
    void dropExecution(TimerRef ref) {
        try {
            scheduler.cancel(TaskInstanceId.of(TimerRef.TASK, ref.instanceId()));
        } catch (TaskInstanceException alreadyGoneOrRunning) {
            // running: its conditional update matches nothing; gone: nothing to tidy
        }
    }
}
