package community.platform.runtime.config;

import community.platform.runtime.relay.OutboxRelay;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The backbone: the service's consumer ({@code platformInbound}: DOWN when its listener container stopped,
 * OUT_OF_SERVICE while its polls keep failing) and the outbox relay (OUT_OF_SERVICE while it is not streaming: it
 * restarts itself). Readiness fails on either; liveness only when the consumer died.
 */
public final class PipelineHealthIndicator implements HealthIndicator {

    private final Set<String> topics;
    private final ConsumerHealthIndicator consumer;
    private final OutboxRelay relay;

    public PipelineHealthIndicator(Set<String> topics, ConsumerHealthIndicator consumer, OutboxRelay relay) {
        this.topics = new TreeSet<>(topics);
        this.consumer = consumer;
        this.relay = relay;
    }

    @Override
    public Health health() {
        Health consuming = consumer.health();
        Status status = consuming.getStatus();
        if (relay != null && !relay.streaming() && Status.UP.equals(status)) {
            status = Status.OUT_OF_SERVICE;
        }
        Health.Builder b = Health.status(status).withDetail("consumerTopics", topics)
                .withDetail("consumer", consuming.getDetails());
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
