package community.platform.runtime.messaging;

import community.platform.contracts.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends poison messages to {@code <topic>.dlt} with their key, value and headers unchanged, plus the reason and their
 * origin. Synchronous: the consumer commits its offsets only after the dead letters are stored.
 */
public final class DeadLetterPublisher {

    public record DeadLetter(ConsumerRecord<String, byte[]> record, String reason) {
    }

    private final Producer<String, byte[]> producer;
    private final TopicNames topics;

    public DeadLetterPublisher(Producer<String, byte[]> producer, TopicNames topics) {
        this.producer = producer;
        this.topics = topics;
    }

    public void publish(List<DeadLetter> deadLetters) {
        if (deadLetters.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (DeadLetter dl : deadLetters) {
            ConsumerRecord<String, byte[]> r = dl.record();
            RecordHeaders headers = new RecordHeaders();
            for (Header h : r.headers()) {
                headers.add(h);
            }
            headers.add(CloudEventHeaders.DLT_REASON, truncate(dl.reason()).getBytes(StandardCharsets.UTF_8));
            headers.add(CloudEventHeaders.DLT_ORIGIN,
                    (r.topic() + "/" + r.partition() + "@" + r.offset()).getBytes(StandardCharsets.UTF_8));
            sent.add(producer.send(new ProducerRecord<>(topics.deadLettersOf(r.topic()), null, r.key(), r.value(),
                    headers)));
        }
        ReliableProducer.awaitAll(sent, "the dead letters");
    }

    private static String truncate(String reason) {
        String r = reason == null ? "unknown" : reason;
        return r.length() > 2000 ? r.substring(0, 2000) : r;
    }
}
