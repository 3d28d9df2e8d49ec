package community.platform.runtime.config;

import community.platform.runtime.messaging.ConsumerHealth;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A consumer loop's health: DOWN when it died (liveness fails: a restart is the only cure), OUT_OF_SERVICE while its
 * polls have been failing for longer than {@code grace} (readiness fails: it retries by itself and comes back UP when
 * the database or Kafka does), else UP.
 */
public final class ConsumerHealthIndicator implements HealthIndicator {

    private final ConsumerHealth consumer;
    private final Duration grace;

    public ConsumerHealthIndicator(ConsumerHealth consumer, Duration grace) {
        this.consumer = consumer;
        this.grace = grace;
    }

    @Override
    public Health health() {
        ConsumerHealth.State state = consumer.state();
        Health.Builder b = switch (state) {
            case DEAD -> Health.down();
            case FAILING -> consumer.failingLongerThan(grace) ? Health.outOfService() : Health.up();
            case STARTING, RUNNING -> Health.up();
        };
        b.withDetail("state", state.name());
        if (consumer.failingSince() != null) {
            b.withDetail("failingSince", consumer.failingSince().toString());
        }
        if (consumer.lastError() != null) {
            b.withDetail("lastError", consumer.lastError());
        }
        return b.build();
    }
}
