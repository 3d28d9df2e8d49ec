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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The answer to a read, a command that changes nothing (a profile, a collection page, a leaderboard), sent straight to
 * {@code discord.actions} instead of through the outbox: it skips the outbox's hop (the commit, the WAL, Debezium, a
 * second produce) and keeps every guarantee the outbox gives an answer:
 * <ul>
 * <li>nothing to keep atomic: the read wrote no state the answer must agree with, and it read the state every earlier
 *     command of its key committed (one consumer per key, in order);</li>
 * <li>never lost: the record is produced while the poll's transaction is open and acknowledged by Kafka
 *     ({@code acks=all}) before it commits; if the send fails the transaction fails too, as a passing failure, and
 *     the poll is handled again;</li>
 * <li>never doubled: its id is the one the outbox would have given it ({@link Delivery#derivedId}), so the same
 *     command handled again sends an action the gateway has performed already and skips;</li>
 * <li>the same record as the relay's: topic, key, value and exactly the CloudEvents headers.</li>
 * </ul>
 */
public final class DirectReplies {

    /** Longer than the producer's own delivery timeout: a send that fails says so before this. */
    private static final long WAIT_SECONDS = 30;

    private final KafkaTemplate<String, byte[]> kafka;
    private final MessageCodec codec;
    private final TopicNames topics;
    private final Clock clock;
    private final String source;

    public DirectReplies(KafkaTemplate<String, byte[]> kafka, MessageCodec codec, TopicNames topics, Clock clock,
                         String service) {
        this.kafka = kafka;
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
            throw new IllegalStateException("a direct reply is sent in the transaction of the command it answers");
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.of(Topics.DISCORD_ACTIONS), action.key(),
                codec.encodeToString(action).getBytes(StandardCharsets.UTF_8));
        new CloudEvent(id.toString(), MessageCatalog.of(action.getClass()).type(), source, clock.instant()).headers()
                .forEach((name, value) -> record.headers().add(name, value));
        try {
            pending().add(kafka.send(record));
        } catch (RuntimeException e) {
            // no metadata within max.block.ms: Kafka away, a passing failure
            throw new InboundMessages.TransientFailure(e);
        }
        return id;
    }

    /** The sends of the current transaction, each waited for just before it commits. */
    @SuppressWarnings("unchecked")
    private List<CompletableFuture<?>> pending() {
        List<CompletableFuture<?>> sends = (List<CompletableFuture<?>>) TransactionSynchronizationManager.getResource(this);
        if (sends == null) {
            List<CompletableFuture<?>> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    for (CompletableFuture<?> send : created) {
                        try {
                            send.get(WAIT_SECONDS, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new InboundMessages.TransientFailure(e);
                        } catch (ExecutionException | TimeoutException e) {
                            // Kafka away: the poll is handled again, as when the database is
                            throw new InboundMessages.TransientFailure(e);
                        }
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DirectReplies.this);
                }
            });
            sends = created;
        }
        return sends;
    }
}
