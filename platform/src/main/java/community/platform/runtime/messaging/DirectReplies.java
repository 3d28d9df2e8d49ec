package community.platform.runtime.messaging;

import community.platform.contracts.CloudEvent;
import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.InteractionRef;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The answer to a read, a command that changes nothing (a profile, a collection page, a leaderboard), sent straight to
 * {@code discord.actions} instead of through the outbox: it skips the outbox's round trip (the row, the WAL, Debezium,
 * its poll interval, a second produce). Why that keeps every guarantee the outbox gives an answer:
 * <ul>
 * <li>nothing to keep atomic: the read wrote no state the answer must agree with, and it read the state every earlier
 *     command of its key committed (one consumer per key, in order);</li>
 * <li>never lost: the answers of a transaction are sent when it commits, and its poll's offsets are committed only once
 *     Kafka acknowledged them ({@link PollAcknowledgements}); until then a crash delivers the command again, and a
 *     read is handled again even when the inbox has seen it ({@link MessageHandler#readsOnly()});</li>
 * <li>never doubled: its id is the one the outbox would have given it ({@link Delivery#derivedId}), so the same
 *     command handled again sends an action the gateway has performed already and skips;</li>
 * <li>the same record as the relay's: topic, key, value and exactly the CloudEvents headers.</li>
 * </ul>
 * The consumer never waits for Kafka here: the answers of a poll are sent together after its commit, and Kafka's
 * acknowledgement releases the poll's offsets later. (Sending each answer as it was made, interleaved with the reads,
 * cost the benchmark two thirds of its reads per second; waiting for Kafka before each commit, a third of the latency.)
 */
public final class DirectReplies {

    private final PollAcknowledgements acknowledgements;
    private final MessageCodec codec;
    private final TopicNames topics;
    private final Clock clock;
    private final String source;

    public DirectReplies(PollAcknowledgements acknowledgements, MessageCodec codec, TopicNames topics, Clock clock,
                         String service) {
        this.acknowledgements = acknowledgements;
        this.codec = codec;
        this.topics = topics;
        this.clock = clock;
        this.source = "/" + service;
    }

    /** Answers the member in the interaction's reply, as {@code OutboxWriter.reply} would, without the outbox. */
    public UUID reply(Delivery delivery, String guildId, InteractionRef interaction, DiscordMessage message) {
        return send(delivery.derivedId("reply"), new EditInteractionReply(guildId, interaction, message, false));
    }

    private UUID send(UUID id, DiscordAction action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a direct reply is sent when the transaction of its command commits");
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.of(Topics.DISCORD_ACTIONS), action.key(),
                codec.encodeToString(action).getBytes(StandardCharsets.UTF_8));
        new CloudEvent(id.toString(), MessageCatalog.of(action.getClass()).type(), source, clock.instant()).headers()
                .forEach((name, value) -> record.headers().add(name, value));
        pending().add(record);
        return id;
    }

    /** The answers of the current transaction, sent when it commits (and dropped with it when it rolls back). */
    @SuppressWarnings("unchecked")
    private List<ProducerRecord<String, byte[]>> pending() {
        var records = (List<ProducerRecord<String, byte[]>>) TransactionSynchronizationManager.getResource(this);
        if (records == null) {
            List<ProducerRecord<String, byte[]>> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    acknowledgements.send(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DirectReplies.this);
                }
            });
            records = created;
        }
        return records;
    }
}
