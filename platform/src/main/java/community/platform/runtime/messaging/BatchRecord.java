package community.platform.runtime.messaging;

import community.platform.contracts.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * One record of a poll as a batch binding hands it over (its bytes as they are: {@code use-native-decoding}): where it
 * was, its key, value and headers.
 *
 * @param index its place in the poll, what {@code BatchListenerFailedException} names
 */
public record BatchRecord(int index, String topic, int partition, long offset, String key, byte[] value,
                          Map<String, Object> headers) {

    /** A header as text (null when absent). */
    public String header(String name) {
        return CloudEvent.text(headers.get(name));
    }

    /** Its CloudEvents attributes; {@link community.platform.contracts.InvalidMessage} without an id or a type. */
    public CloudEvent cloudEvent() {
        return CloudEvent.read(this::header);
    }

    /** The record as Kafka's client had it, for the dead-letter recoverer. */
    public ConsumerRecord<String, byte[]> toConsumerRecord() {
        RecordHeaders h = new RecordHeaders();
        headers.forEach((name, v) -> {
            if (v instanceof byte[] bytes) {
                h.add(name, bytes);
            } else if (v instanceof String s) {
                h.add(name, s.getBytes(StandardCharsets.UTF_8));
            }
        });
        return new ConsumerRecord<>(topic, partition, offset, ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                key == null ? -1 : key.length(), value == null ? -1 : value.length, key, value, h, Optional.empty());
    }

    /** The records of a batch message, in the order of the poll. */
    @SuppressWarnings("unchecked")
    public static List<BatchRecord> of(Message<List<byte[]>> batch) {
        MessageHeaders h = batch.getHeaders();
        List<byte[]> values = batch.getPayload();
        List<String> topics = (List<String>) h.get(KafkaHeaders.RECEIVED_TOPIC);
        List<Integer> partitions = (List<Integer>) h.get(KafkaHeaders.RECEIVED_PARTITION);
        List<Long> offsets = (List<Long>) h.get(KafkaHeaders.OFFSET);
        List<Object> keys = (List<Object>) h.get(KafkaHeaders.RECEIVED_KEY);
        List<Map<String, Object>> headers = (List<Map<String, Object>>) h.get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<BatchRecord> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(new BatchRecord(i, topics.get(i), partitions.get(i), offsets.get(i),
                    keys == null ? null : CloudEvent.text(keys.get(i)), values.get(i),
                    headers == null ? Map.of() : headers.get(i)));
        }
        return out;
    }
}
