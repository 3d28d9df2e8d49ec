package community.platform.gateway.events;

import community.platform.contracts.Message;
import community.platform.contracts.Topic;
import community.platform.contracts.Topics;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what the gateway learns from Discord (facts on {@code discord.events}, guild enrolments) through its outbox,
 * off Discord's event thread: once the transaction commits, Debezium publishes it even if the gateway stops right
 * after. One writer thread keeps the facts in the order Discord reported them (a voice join before its leave).
 */
public final class FactPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FactPublisher.class);

    private final TransactionTemplate transactions;
    private final OutboxWriter outbox;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("discord-facts").daemon().factory());

    public FactPublisher(TransactionTemplate transactions, OutboxWriter outbox) {
        this.transactions = transactions;
        this.outbox = outbox;
    }

    @Override
    public void close() {
        executor.shutdown();
    }

    public void publish(String key, Message fact) {
        publishAll(Topics.DISCORD_EVENTS, key, List.of(fact));
    }

    /** Several messages under one key, in one transaction and in this order. */
    public void publishAll(Topic topic, String key, List<? extends Message> facts) {
        executor.execute(() -> {
            try {
                transactions.executeWithoutResult(tx -> facts.forEach(f -> outbox.append(UUID.randomUUID(),
                        topic, key, f)));
            } catch (RuntimeException e) {
                // the next reconciliation brings services back in line with Discord
                log.warn("{} fact(s) for {} not recorded", facts.size(), key, e);
            }
        });
    }
}
