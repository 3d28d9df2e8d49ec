package community.platform.gateway.events;

import community.platform.contracts.Message;
import community.platform.contracts.Topic;
import community.platform.contracts.Topics;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what the gateway learns from Discord (facts on {@code discord.events}, guild enrolments) through its outbox,
 * off Discord's event thread: once the transaction commits, Debezium publishes it even if the gateway stops right
 * after.
 */
public final class FactPublisher {

    private static final Logger log = LoggerFactory.getLogger(FactPublisher.class);

    private final TransactionTemplate transactions;
    private final OutboxWriter outbox;
    private final Executor executor;

    public FactPublisher(TransactionTemplate transactions, OutboxWriter outbox, Executor executor) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.executor = executor;
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
