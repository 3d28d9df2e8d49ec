package community.platform.gateway.interaction;

import community.platform.contracts.CloudEventHeaders;
import community.platform.contracts.Message;
import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topic;
import community.platform.runtime.messaging.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces the commands made from interactions straight to their domain's topic (acks=all, idempotent), failing
 * within {@code timeout} so that the member still gets an answer inside Discord's 3 seconds when Kafka is away.
 */
public final class CommandProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final TopicNames topics;
    private final MessageCodec codec;
    private final Clock clock;

    public CommandProducer(String bootstrapServers, Duration timeout, TopicNames topics, MessageCodec codec,
                           Clock clock) {
        this.topics = topics;
        this.codec = codec;
        this.clock = clock;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "gateway-interactions");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        long total = timeout.toMillis();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(total / 2));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(total * 3 / 4));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(total));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producer = new KafkaProducer<>(p);
    }

    /**
     * Sends a command with its CloudEvents headers; completes when Kafka has it. May block up to half the timeout
     * while Kafka is unreachable: call it off Discord's event thread.
     */
    public CompletableFuture<RecordMetadata> send(Topic topic, String key, UUID id, Message command) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, utf8(id.toString()));
        headers.add(CloudEventHeaders.TYPE, utf8(MessageCatalog.of(command.getClass()).type()));
        headers.add(CloudEventHeaders.SOURCE, utf8("/gateway"));
        headers.add(CloudEventHeaders.TIME, utf8(clock.instant().toString()));
        headers.add(CloudEventHeaders.SPEC_VERSION, utf8(CloudEventHeaders.SPEC_VERSION_VALUE));
        headers.add(CloudEventHeaders.CONTENT_TYPE, utf8(CloudEventHeaders.JSON));
        CompletableFuture<RecordMetadata> done = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topics.of(topic), null, key, codec.encode(command), headers),
                    (metadata, failure) -> {
                        if (failure != null) {
                            done.completeExceptionally(failure);
                        } else {
                            done.complete(metadata);
                        }
                    });
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
