package community.platform.runtime.outbox;

import community.platform.contracts.Message;
import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topic;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.discord.SendInteractionFollowup;
import community.platform.contracts.scheduler.CancelTimer;
import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TopicNames;
import community.platform.runtime.transaction.TransactionScoped;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Writes outcomes to the outbox table inside the caller's transaction, so they are published if and only if the state
 * change commits. Debezium's EventRouter routes each row to {@code aggregatetype} (the topic) keyed by
 * {@code aggregateid}; the row id becomes {@code ce_id}.
 */
public final class OutboxWriter {

    private static final String INSERT = "insert into outbox "
            + "(id, guild_id, aggregatetype, aggregateid, type, payload, created_at) values (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    /**
     * Rows of the current transaction, inserted in one JDBC batch just before it commits: a poll of many commands
     * costs one round trip for all its outcomes rather than one per outcome.
     */
    private final TransactionScoped<List<Object[]>> pending;
    private final MessageCodec codec;
    private final TopicNames topics;
    private final Clock clock;

    public OutboxWriter(JdbcTemplate jdbc, MessageCodec codec, TopicNames topics, Clock clock) {
        this.jdbc = jdbc;
        this.pending = new TransactionScoped<>(ArrayList::new, rows -> {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(INSERT, rows);
            }
        });
        this.codec = codec;
        this.topics = topics;
        this.clock = clock;
    }

    /**
     * @param eventId the event's id; derive it from the id of the message that caused it so that a replay writes the
     *                same id and consumers can deduplicate
     */
    public void append(UUID eventId, Topic topic, String key, Message message) {
        if (!TransactionScoped.active()) {
            throw new IllegalStateException("outbox rows must be written in the transaction of the state change");
        }
        String type = MessageCatalog.of(message.getClass()).type();
        pending.get().add(new Object[] {eventId, message.guildId(), topics.of(topic), key, type,
                codec.encodeToString(message), Timestamp.from(clock.instant())});
    }

    /**
     * Asks the gateway to do something on Discord: the action goes to {@code discord.actions} keyed by what it touches
     * (so actions on one channel keep their order), with an id derived from the message being handled and the
     * {@code outcome}'s name, so handling the message again asks for nothing new.
     *
     * @return the action id, which the gateway's report of what became of the action carries
     */
    public UUID appendAction(Delivery delivery, String outcome, DiscordAction action) {
        UUID id = delivery.derivedId(outcome);
        append(id, Topics.DISCORD_ACTIONS, action.key(), action);
        return id;
    }

    /**
     * Answers the member in the interaction's reply (the deferred "thinking..." reply, or the message of the clicked
     * component): the reply of the message being handled.
     */
    public UUID reply(Delivery delivery, String guildId, InteractionRef interaction, DiscordMessage message) {
        return reply(delivery, guildId, interaction, message, false);
    }

    /**
     * The reply, and with {@code reportMessage} the gateway's report of which message it is
     * ({@code discord.ActionPerformed} with the returned action id and the message id), for a message the service
     * will edit later without a click.
     */
    public UUID reply(Delivery delivery, String guildId, InteractionRef interaction, DiscordMessage message,
                      boolean reportMessage) {
        return appendAction(delivery, "reply", new EditInteractionReply(guildId, interaction, message,
                reportMessage));
    }

    /**
     * Tells only the member something (a refusal, a notice) beside the reply: a follow-up of the interaction. Only
     * after a component's deferred update (a ballot, a moderator's vote): directly after a deferred reply Discord
     * turns the first follow-up into that reply, public if the reply was (receiving-and-responding.mdx, "Create
     * Followup Message"), so a private word after a slash command belongs in the reply itself.
     */
    public UUID privately(Delivery delivery, String guildId, InteractionRef interaction, String text) {
        return privately(delivery, guildId, interaction, DiscordMessage.text(text));
    }

    /** A message only the member sees (a ballot of their own, with its components), beside the reply. */
    public UUID privately(Delivery delivery, String guildId, InteractionRef interaction, DiscordMessage message) {
        return appendAction(delivery, "notice", new SendInteractionFollowup(guildId, interaction, true, message));
    }

    /**
     * Asks the scheduler for a timer ({@code owner:timerId}, one per id: arming it again moves it); its
     * {@code TimerFired} comes back on {@code <owner>.commands} keyed by {@code entityKey} at {@code due}, in order
     * with the entity's other commands.
     */
    public UUID armTimer(Delivery delivery, String guildId, String owner, String timerId, String entityKey,
                         Instant due) {
        return armTimer(delivery, "clock", guildId, owner, timerId, entityKey, due);
    }

    /** A timer as above, for a message that arms more than one: each named by its own {@code outcome}. */
    public UUID armTimer(Delivery delivery, String outcome, String guildId, String owner, String timerId,
                         String entityKey, Instant due) {
        UUID id = delivery.derivedId(outcome);
        append(id, Topics.SCHEDULER_COMMANDS, owner + ":" + timerId, new ScheduleTimer(guildId, owner, timerId,
                entityKey, due, JsonNodeFactory.instance.objectNode()));
        return id;
    }

    /** Cancels the timer {@code owner:timerId}; a timer that already fired or never was is no error. */
    public UUID cancelTimer(Delivery delivery, String guildId, String owner, String timerId) {
        UUID id = delivery.derivedId("cancel-clock");
        append(id, Topics.SCHEDULER_COMMANDS, owner + ":" + timerId, new CancelTimer(guildId, owner, timerId));
        return id;
    }
}
