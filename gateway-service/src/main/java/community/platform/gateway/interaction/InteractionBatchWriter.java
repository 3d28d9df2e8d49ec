package community.platform.gateway.interaction;

import community.platform.contracts.Message;
import community.platform.gateway.interaction.InteractionRecorder.Pending;
import community.platform.runtime.outbox.OutboxWriter;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch of {@link InteractionRecorder}'s queue written in ONE transaction of the gateway's outbox: each
 * interaction's command, and a row saying how it will be acknowledged; then what became of the batch, which decides
 * what each member is told. A commit whose answer was lost is looked for until the first interaction's deadline: its
 * rows are all there or none is.
 */
public final class InteractionBatchWriter {

    private static final Logger log = LoggerFactory.getLogger(InteractionBatchWriter.class);

    /** What became of a batch. */
    enum Result { RECORDED, NOT_RECORDED, UNKNOWN }

    /** Fault injection for tests: around the commit of a batch. */
    public interface Faults {
        Faults NONE = new Faults() {
        };

        /** Before the commit is sent: a throw here rolls the batch back. */
        default void beforeCommit() {
        }

        /** After the commit: a throw here is a commit whose answer was lost. */
        default void afterCommit() {
        }
    }

    private final TransactionTemplate transactions;
    private final OutboxWriter outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration deadline;
    private final Faults faults;

    /**
     * @param deadline how long after receipt an interaction may wait to be recorded: a lost commit's answer is looked
     *                 for until then
     */
    public InteractionBatchWriter(TransactionTemplate transactions, OutboxWriter outbox, JdbcTemplate jdbc, Clock clock,
                                  Duration deadline, Faults faults) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
        this.deadline = deadline;
        this.faults = faults;
    }

    /** Writes the batch's commands and their rows in one transaction: what became of it. */
    Result write(List<Pending> batch) {
        AtomicBoolean committing = new AtomicBoolean();
        try {
            transactions.executeWithoutResult(tx -> {
                Timestamp now = Timestamp.from(clock.instant());
                List<Object[]> rows = new ArrayList<>(batch.size());
                for (Pending p : batch) {
                    outbox.append(p.commandId(), p.send.topic(), p.send.key(), p.send.command());
                    rows.add(new Object[] {Long.parseLong(p.ref.interactionId()),
                            guildOf(p.send.command()), p.send.ack().name(), now});
                }
                jdbc.batchUpdate("insert into recorded_interaction (interaction_id, guild_id, ack, recorded_at)"
                        + " values (?, ?, ?, ?) on conflict (interaction_id) do nothing", rows);
                // registered after the outbox's own: runs once its rows are inserted, right before the commit
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        faults.beforeCommit();
                        committing.set(true);
                    }
                });
            });
            faults.afterCommit();
            return Result.RECORDED;
        } catch (RuntimeException e) {
            if (!committing.get()) {
                log.warn("{} interaction(s) not recorded: {}", batch.size(), e.toString());
                return Result.NOT_RECORDED;
            }
            log.warn("the commit of {} interaction(s) was not confirmed ({}): looking for them", batch.size(),
                    e.toString());
            return verify(batch);
        }
    }

    /** After a commit whose answer was lost: the batch's rows are all there or none is. */
    private Result verify(List<Pending> batch) {
        Instant until = batch.getFirst().received.plus(deadline);
        while (true) {
            try {
                Integer found = jdbc.queryForObject("select count(*) from outbox where id = ?", Integer.class,
                        batch.getFirst().commandId());
                return found != null && found > 0 ? Result.RECORDED : Result.NOT_RECORDED;
            } catch (RuntimeException e) {
                if (Instant.now().isAfter(until)) {
                    return Result.UNKNOWN;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Result.UNKNOWN;
                }
            }
        }
    }

    /** The guild of a recorded command, null for one from the bot's DMs (a DM ballot). */
    private static Long guildOf(Message command) {
        String guild = command.guildId();
        return guild == null ? null : Long.valueOf(guild);
    }
}
