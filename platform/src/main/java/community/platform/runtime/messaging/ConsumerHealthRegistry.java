package community.platform.runtime.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.kafka.event.ConsumerFailedToStartEvent;
import org.springframework.kafka.event.ConsumerStartedEvent;
import org.springframework.kafka.event.ConsumerStoppedEvent;
import org.springframework.kafka.event.KafkaEvent;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The health of each consumer group of this service, fed by the listener containers' events: a container that
 * started makes its group running; one that stopped for any reason but a shutdown, or failed to start, makes it dead.
 * What a consumer learns itself (a poll failing, a poll handled) it reports to its group's {@link ConsumerHealth}.
 */
public final class ConsumerHealthRegistry implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(ConsumerHealthRegistry.class);

    private final Map<String, ConsumerHealth> groups = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    public ConsumerHealth of(String group) {
        return groups.computeIfAbsent(group, g -> new ConsumerHealth());
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ContextClosedEvent) {
            // the application is stopping: containers that stop now stop for that reason
            shuttingDown = true;
            return;
        }
        if (!(event instanceof KafkaEvent kafka)) {
            return;
        }
        MessageListenerContainer container = kafka.getContainer(MessageListenerContainer.class);
        String group = container == null ? null : container.getGroupId();
        if (group == null) {
            return;
        }
        switch (kafka) {
            case ConsumerStartedEvent started -> of(group).started();
            case ConsumerStoppedEvent stopped when stopped.getReason() != ConsumerStoppedEvent.Reason.NORMAL
                    && !shuttingDown -> {
                log.error("the consumer of group {} stopped: {}", group, stopped.getReason());
                of(group).died(new IllegalStateException("listener container stopped: " + stopped.getReason()));
            }
            case ConsumerFailedToStartEvent failed -> {
                log.error("the consumer of group {} failed to start", group);
                of(group).died(new IllegalStateException("listener container failed to start"));
            }
            default -> {
            }
        }
    }
}
