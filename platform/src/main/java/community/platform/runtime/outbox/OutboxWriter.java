package community.platform.runtime.outbox;

import community.platform.contracts.Message;
import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topic;
import community.platform.runtime.messaging.TopicNames;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes outcomes to the outbox table inside the caller's transaction, so they are published if and only if the state
 * change commits. Debezium's EventRouter routes each row to {@code aggregatetype} (the topic) keyed by
 * {@code aggregateid}; the row id becomes {@code ce_id}.
 */
public final class OutboxWriter {

    private final JdbcTemplate jdbc;
    private final MessageCodec codec;
    private final TopicNames topics;
    private final Clock clock;

    public OutboxWriter(JdbcTemplate jdbc, MessageCodec codec, TopicNames topics, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.topics = topics;
        this.clock = clock;
    }

    /**
     * @param eventId the event's id; derive it from the id of the message that caused it so that a replay writes the
     *                same id and consumers can deduplicate
     */
    public void append(UUID eventId, Topic topic, String key, Message message) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("outbox rows must be written in the transaction of the state change");
        }
        String type = MessageCatalog.of(message.getClass()).type();
        jdbc.update("insert into outbox (id, guild_id, aggregatetype, aggregateid, type, payload, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                eventId, message.guildId(), topics.of(topic), key, type, codec.encodeToString(message),
                Timestamp.from(clock.instant()));
    }
}
