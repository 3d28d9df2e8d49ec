package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.CountReactions;
import community.platform.contracts.voting.ManageWishes;
import community.platform.contracts.voting.SubmitWish;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reconciliations that something waits for: an admin's sync (answered with what it did), a top list or a summary
 * (answered with counts Discord confirmed), the weekly summary. A run asks the gateway to count its wishes' messages
 * ({@code CountReactions} with the run's id), counts each message's answer once, and when the last one is in (or its
 * timer fires first: the gateway may be away) it finishes once and answers.
 */
@Component
class WishSyncs {

    enum Purpose { SYNC, TOP, SUMMARY, WEEKLY }

    /** What one message's answer did. */
    enum Answer { UNCHANGED, SYNCED, WITHDRAWN, ERROR }

    /** A finished run: what it was for, the command that asked (null for the weekly job), what it found. */
    record Finished(String syncId, long guildId, Purpose purpose, ManageWishes command, int expected, int answered,
                    int synced, int withdrawn, int errors, int created, Instant startedAt) {
    }

    static final String PREFIX = "wishes-";
    static final String TIMER_PREFIX = "wish-sync-";

    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;
    private final MessageCodec codec;
    private final WishAnswers answers;
    /** how long a run waits for the gateway's answers (platform time) before it answers with what it has */
    private final Duration patience;

    WishSyncs(JdbcTemplate jdbc, OutboxWriter outbox, MessageCodec codec, WishAnswers answers,
              @Value("${voting.wishes.sync-patience:2m}") Duration patience) {
        this.patience = patience;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.codec = codec;
        this.answers = answers;
    }

    /** Starts a run over these wishes (their messages known); with none to count it finishes at once. */
    void start(String syncId, long guildId, Purpose purpose, ManageWishes command, List<Wish> targets, Instant at,
               Delivery delivery) {
        int inserted = jdbc.update("""
                insert into wish_sync (sync_id, guild_id, purpose, command, expected, started_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""", syncId, guildId, purpose.name(),
                command == null ? null : codec.encodeToString(command), targets.size(), Timestamp.from(at));
        if (inserted == 0) {
            return;
        }
        if (targets.isEmpty()) {
            finish(syncId, delivery);
            return;
        }
        jdbc.batchUpdate("insert into wish_sync_message (sync_id, message_id) values (?, ?)", targets, 500,
                (ps, w) -> {
                    ps.setString(1, syncId);
                    ps.setLong(2, w.messageId());
                });
        String guild = Long.toString(guildId);
        outbox.appendAction(delivery, "count-" + syncId, new CountReactions(guild, syncId, WishRules.STAR,
                targets.stream().map(w -> new CountReactions.Target(Long.toString(w.channelId()),
                        Long.toString(w.messageId()))).toList()));
        outbox.armTimer(delivery, guild, "voting", TIMER_PREFIX + syncId, SubmitWish.key(guild), at.plus(patience));
    }

    /** One message's answer to run {@code syncId} (counted once); the last answer finishes the run. */
    void answered(String syncId, long messageId, Answer answer, boolean created, Delivery delivery) {
        if (syncId == null || !syncId.startsWith(PREFIX)) {
            return;
        }
        int first = jdbc.update("""
                update wish_sync_message set answered = true where sync_id = ? and message_id = ? and not answered""",
                syncId, messageId);
        if (first == 0) {
            return;
        }
        List<Boolean> complete = jdbc.queryForList("""
                update wish_sync set answered = answered + 1, synced = synced + ?, withdrawn = withdrawn + ?,
                  errors = errors + ?, created = created + ?
                 where sync_id = ? and finished_at is null returning answered >= expected""", Boolean.class,
                answer == Answer.SYNCED ? 1 : 0, answer == Answer.WITHDRAWN ? 1 : 0, answer == Answer.ERROR ? 1 : 0,
                created ? 1 : 0, syncId);
        if (!complete.isEmpty() && complete.get(0)) {
            finish(syncId, delivery);
        }
    }

    /** The run's timer: the answers that did not come are reported as not answered. */
    void timedOut(String timerId, Delivery delivery) {
        finish(timerId.substring(TIMER_PREFIX.length()), delivery);
    }

    static boolean ours(String owner, String timerId) {
        return "voting".equals(owner) && timerId.startsWith(TIMER_PREFIX + PREFIX);
    }

    private void finish(String syncId, Delivery delivery) {
        Optional<Finished> done = jdbc.query("""
                update wish_sync set finished_at = now() where sync_id = ? and finished_at is null
                returning sync_id, guild_id, purpose, command, expected, answered, synced, withdrawn, errors, created,
                  started_at""",
                (rs, n) -> new Finished(rs.getString(1), rs.getLong(2), Purpose.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : (ManageWishes) codec.decode(
                                MessageCatalog.MANAGE_WISHES.type(), rs.getString(4).getBytes(StandardCharsets.UTF_8)),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                        rs.getTimestamp(11).toInstant()),
                syncId).stream().findFirst();
        done.ifPresent(f -> {
            if (f.expected() > 0 && f.answered() >= f.expected()) {
                outbox.cancelTimer(delivery, Long.toString(f.guildId()), "voting", TIMER_PREFIX + syncId);
            }
            answers.answer(f, delivery);
        });
    }
}
