package community.platform.testkit;

import community.platform.contracts.CloudEvent;
import community.platform.contracts.Message;
import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageCodec;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Produces commands the way the gateway does: acks=all, idempotent, CloudEvents headers. Also raw bytes. */
public final class CommandSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final MessageCodec codec = new MessageCodec();

    public CommandSender(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    /** Sends with a fresh ce_id and returns it. */
    public String send(String topic, String key, Message message) {
        String id = UUID.randomUUID().toString();
        send(topic, key, id, message);
        return id;
    }

    public void send(String topic, String key, String ceId, Message message) {
        await(sendAsync(topic, key, ceId, message));
    }

    public Future<RecordMetadata> sendAsync(String topic, String key, String ceId, Message message) {
        String type = MessageCatalog.of(message.getClass()).type();
        return sendRaw(topic, key, ceId, type, codec.encode(message));
    }

    public Future<RecordMetadata> sendRaw(String topic, String key, String ceId, String type, byte[] value) {
        return sendRaw(topic, key, ceId, type, value, Instant.now());
    }

    /** As a producer that sent it at {@code time} ({@code ce_time}). */
    public Future<RecordMetadata> sendRaw(String topic, String key, String ceId, String type, byte[] value,
                                          Instant time) {
        RecordHeaders headers = new RecordHeaders();
        // a null id or type leaves its header out: how tests make poison
        new CloudEvent(ceId, type, "/testkit", time).headers().forEach(headers::add);
        return producer.send(new ProducerRecord<>(topic, null, key, value, headers));
    }

    public static void await(Future<RecordMetadata> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
