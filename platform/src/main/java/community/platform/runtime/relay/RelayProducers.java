package community.platform.runtime.relay;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/**
 * The producers that put a service's answers and events on Kafka (the outbox relay's, the reads' straight answers'):
 * Spring Boot's producer settings (platform-defaults.yml: acks=all, idempotent), String keys, byte[] values, a client
 * id of their own, and what differs between them.
 */
public final class RelayProducers {

    private RelayProducers() {
    }

    public static DefaultKafkaProducerFactory<String, byte[]> factory(Map<String, Object> bootSettings,
                                                                      String clientId, Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>(bootSettings);
        settings.putAll(overrides);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return new DefaultKafkaProducerFactory<>(settings, new StringSerializer(), new ByteArraySerializer());
    }
}
