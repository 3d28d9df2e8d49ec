package community.platform.testkit;

import community.platform.contracts.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning, for assertions on what a service emitted. */
public final class TopicTail implements AutoCloseable {

    public record Received(String topic, int partition, long offset, String key, String value,
                           Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }

        public String ceId() {
            return headers.get(CloudEventHeaders.ID);
        }

        public String ceType() {
            return headers.get(CloudEventHeaders.TYPE);
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Received> received = new ArrayList<>();

    public TopicTail(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "tail-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code enough} holds for everything received so far, or fails after {@code timeout}. */
    public List<Received> awaitUntil(Predicate<List<Received>> enough, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!enough.test(received)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + "; received so far: " + received);
            }
            pollOnce(Duration.ofMillis(100));
        }
        return List.copyOf(received);
    }

    public List<Received> awaitCount(int count, Duration timeout) {
        return awaitUntil(r -> r.size() >= count, timeout);
    }

    /** Keeps reading for {@code quiet} and returns everything seen: for asserting that nothing more arrives. */
    public List<Received> drain(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            pollOnce(Duration.ofMillis(100));
        }
        return List.copyOf(received);
    }

    private void pollOnce(Duration wait) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(wait)) {
            Map<String, String> headers = new HashMap<>();
            for (Header h : r.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            received.add(new Received(r.topic(), r.partition(), r.offset(), r.key(),
                    r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8), headers));
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
