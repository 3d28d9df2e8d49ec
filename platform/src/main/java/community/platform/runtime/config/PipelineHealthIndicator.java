package community.platform.runtime.config;

import community.platform.runtime.messaging.MessageConsumer;
import community.platform.runtime.relay.OutboxRelay;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Readiness of the backbone: the consumer threads are alive and the outbox relay is streaming. */
public final class PipelineHealthIndicator implements HealthIndicator {

    private final MessageConsumer consumer;
    private final OutboxRelay relay;

    public PipelineHealthIndicator(MessageConsumer consumer, OutboxRelay relay) {
        this.consumer = consumer;
        this.relay = relay;
    }

    @Override
    public Health health() {
        Health.Builder b = consumer.healthy() && (relay == null || relay.streaming()) ? Health.up() : Health.down();
        b.withDetail("consumerTopics", consumer.topics()).withDetail("consumerAlive", consumer.healthy());
        if (relay != null) {
            b.withDetail("relaySlot", relay.slotName())
                    .withDetail("relayStreaming", relay.streaming())
                    .withDetail("relayRestarts", relay.restarts());
            if (relay.lastError() != null) {
                b.withDetail("relayLastError", relay.lastError());
            }
        }
        return b.build();
    }
}
