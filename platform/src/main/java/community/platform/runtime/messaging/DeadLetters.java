package community.platform.runtime.messaging;

import community.platform.contracts.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Where what cannot be handled goes: {@code <topic>.dlt}, same partition, key, value and headers, plus
 * {@code dlt_reason} and {@code dlt_origin} ({@code topic/partition@offset}). The binder's error handler sends a
 * record named by {@link BatchListenerFailedException} there at once, and retries a failure that names no record (the
 * database away) with a back-off that never gives up, so an outage dead-letters nothing.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** The recoverer that writes a dead letter, synchronously, before the offsets move past it. */
    public static DeadLetterPublishingRecoverer recoverer(KafkaOperations<?, ?> template) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(record.topic() + ".dlt", record.partition()));
        recoverer.setHeadersFunction((record, e) -> {
            RecordHeaders h = new RecordHeaders();
            h.add(CloudEventHeaders.DLT_REASON, truncate(reason(e)).getBytes(StandardCharsets.UTF_8));
            h.add(CloudEventHeaders.DLT_ORIGIN, origin(record).getBytes(StandardCharsets.UTF_8));
            return h;
        });
        return recoverer;
    }

    /** The error handler the bindings name ({@code common-error-handler-bean-name}). */
    public static DefaultErrorHandler errorHandler(DeadLetterPublishingRecoverer recoverer, Duration minBackoff,
                                                   Duration maxBackoff) {
        ExponentialBackOff forever = new ExponentialBackOff(minBackoff.toMillis(), 2.0);
        forever.setMaxInterval(maxBackoff.toMillis());
        forever.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, forever);
        // a record named as the failure can never succeed: straight to the dead letters
        handler.setBackOffFunction((record, e) -> failedRecord(e) != null ? new FixedBackOff(0, 0) : null);
        // a poll retried with success is acknowledged by the function (PollAcknowledgements), once its answers are on
        // Kafka, not by the container as soon as it returns
        handler.setAckAfterHandle(false);
        return handler;
    }

    static String origin(ConsumerRecord<?, ?> record) {
        return record.topic() + "/" + record.partition() + "@" + record.offset();
    }

    /** The reason the listener gave for the record, else the innermost message. */
    static String reason(Throwable e) {
        BatchListenerFailedException named = failedRecord(e);
        if (named != null && named.getMessage() != null) {
            return named.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static BatchListenerFailedException failedRecord(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BatchListenerFailedException b) {
                return b;
            }
        }
        return null;
    }

    private static String truncate(String reason) {
        String r = reason == null ? "unknown" : reason;
        return r.length() > 2000 ? r.substring(0, 2000) : r;
    }
}
