package community.platform.gateway.action;

import community.platform.contracts.Message;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionPerformed;
import community.platform.contracts.discord.ActionRefused;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.gateway.settings.LogChannelRepository;
import community.platform.runtime.metrics.StepTimers;
import community.platform.runtime.outbox.OutboxWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The gateway's record of the Discord actions it performed or that Discord refused for good, committed right after
 * Discord answered, before the lane goes on (in one transaction with the records other lane threads make at that
 * moment, {@link GroupCommit}): a redelivered action (after a crash, a rebalance, a replay) is found here and not
 * performed again. What the requester must hear of (a ban carried out, any refusal) is written to the outbox
 * in that same transaction, so it is reported exactly when the action is recorded.
 */
public final class PerformedActions {

    /** The requester of the gateway's own actions (its notices): {@code ce_source} of what it writes. */
    static final String SELF = "gateway";
    /** one notice per kind of refusal per guild in this time */
    static final Duration NOTICE_INTERVAL = Duration.ofHours(1);
    /** at most this many records in one transaction */
    static final int MAX_GROUP = 500;

    /**
     * The action as the consumer read it: its id, type and who asked for it, and the earlier edits of the same message
     * it replaces ({@link SupersededEdits}), recorded with it.
     */
    public record Done(UUID actionId, String guildId, String type, String requester, List<Done> replaces) {
        public Done {
            replaces = List.copyOf(replaces);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final Duration retention;
    private final LogChannelRepository logChannels;
    private final GroupCommit<Record> records;

    public PerformedActions(JdbcTemplate jdbc, TransactionTemplate transactions, OutboxWriter outbox, Clock clock,
                            Duration retention, LogChannelRepository logChannels, MeterRegistry meters) {
        this.logChannels = logChannels;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
        this.retention = retention;
        Timer transaction = StepTimers.of("gateway.action.records",
                "one transaction of actions' records (those the lane threads made meanwhile): its count against the "
                        + "records' is the size of a group", meters);
        this.records = new GroupCommit<>(group -> transaction.record(() -> recordAll(group)), MAX_GROUP);
    }

    /** Which of these actions were performed, refused or replaced already: one query for a channel's poll. */
    public Set<UUID> alreadyDone(Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("select action_id from performed_action where action_id = any(?)",
                UUID.class, (Object) actionIds.toArray(UUID[]::new)));
    }

    /**
     * Discord did it; {@code report} tells the requester so. The action it handed the rest to (a late private answer
     * going by DM) is written to the outbox with this record, under an id derived from this action's.
     */
    public void performed(Done action, ActionPerformer.Performed outcome, boolean report) {
        record(action, outcome.outcome(), report ? new ActionPerformed(action.guildId(), action.actionId().toString(),
                action.type(), action.requester(), outcome.outcome(), clock.instant(), outcome.messageId(),
                outcome.channelId(), outcome.roleId()) : null, () -> {
                    DiscordAction next = outcome.handedTo();
                    if (next != null) {
                        outbox.append(derivedId("handed-to", action), Topics.DISCORD_ACTIONS, next.key(), next);
                    }
                });
    }

    /**
     * Discord refused it for good: recorded (never tried again), reported to the requester, and posted to the guild's
     * log channel if it set one, once per kind of refusal an hour (a notice the gateway posts is never noticed itself).
     */
    public void refused(Done action, int code, String reason, String missingPermission) {
        record(action, "refused: " + reason, new ActionRefused(action.guildId(), action.actionId().toString(),
                action.type(), action.requester(), code, reason, missingPermission, clock.instant()),
                () -> notice(action, code, reason, missingPermission));
    }

    private void notice(Done action, int code, String reason, String missingPermission) {
        if (SELF.equals(action.requester())) {
            return;
        }
        long guild = Long.parseLong(action.guildId());
        Optional<Long> channel = logChannels.of(guild);
        if (channel.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int due = jdbc.update("""
                insert into refusal_notice (guild_id, notice_key, posted_at) values (?, ?, ?)
                on conflict (guild_id, notice_key) do update set posted_at = excluded.posted_at
                where refusal_notice.posted_at <= ?""", guild,
                RefusalNoticeRenderer.key(action.type(), code, missingPermission), Timestamp.from(now),
                Timestamp.from(now.minus(NOTICE_INTERVAL)));
        if (due == 1) {
            String channelId = Long.toString(channel.get());
            outbox.append(derivedId("notice", action), Topics.DISCORD_ACTIONS, channelId, new SendChannelMessage(
                    action.guildId(), channelId, DiscordMessage.text(RefusalNoticeRenderer.render(action.type(),
                    action.requester(), reason, missingPermission))));
        }
    }

    private void record(Done action, String outcome, Message report) {
        record(action, outcome, report, () -> { });
    }

    /** Returns once the record is committed, with what goes with it if it is new; throws if it is not. */
    private void record(Done action, String outcome, Message report, Runnable alsoOnce) {
        records.write(new Record(action, Long.parseLong(action.guildId()), outcome, report, alsoOnce));
    }

    /**
     * Records of several lane threads in one transaction ({@link GroupCommit}): every action's row, then, for each row
     * that is new, its report and what else goes with it, then the edits each replaced.
     */
    private void recordAll(List<Record> group) {
        transactions.executeWithoutResult(tx -> {
            Timestamp now = Timestamp.from(clock.instant());
            Set<UUID> inserted = new HashSet<>(jdbc.queryForList("""
                    insert into performed_action (action_id, guild_id, type, outcome, performed_at)
                    select r.action_id, r.guild_id, r.type, r.outcome, ?
                    from unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[]) as r (action_id, guild_id, type, outcome)
                    on conflict (action_id) do nothing returning action_id""", UUID.class, now,
                    group.stream().map(r -> r.action().actionId()).toArray(UUID[]::new),
                    group.stream().map(Record::guild).toArray(Long[]::new),
                    group.stream().map(r -> r.action().type()).toArray(String[]::new),
                    group.stream().map(Record::outcome).toArray(String[]::new)));
            List<Object[]> replaced = new ArrayList<>();
            for (Record r : group) {
                // an action met twice in a group is new for the first only
                if (inserted.remove(r.action().actionId())) {
                    if (r.report() != null) {
                        outbox.append(derivedId("outcome", r.action()), Topics.DISCORD_EVENTS,
                                r.action().actionId().toString(), r.report());
                    }
                    r.alsoOnce().run();
                }
                r.action().replaces().forEach(old -> replaced.add(new Object[] {old.actionId(),
                        Long.parseLong(old.guildId()), old.type(),
                        "replaced by the later edit " + r.action().actionId(), now}));
            }
            if (!replaced.isEmpty()) {
                jdbc.batchUpdate("""
                        insert into performed_action (action_id, guild_id, type, outcome, performed_at)
                        values (?, ?, ?, ?, ?) on conflict (action_id) do nothing""", replaced);
            }
        });
    }

    /** One action's record: its row, and what is written with it only if the row is new. */
    private record Record(Done action, long guild, String outcome, Message report, Runnable alsoOnce) {
    }

    /** The id of what the gateway writes because of an action: the same action writes it once. */
    private static UUID derivedId(String what, Done action) {
        return UUID.nameUUIDFromBytes(("gateway|" + what + "|" + action.actionId()).getBytes(StandardCharsets.UTF_8));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public void purge() {
        jdbc.update("delete from performed_action where performed_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
    }
}
