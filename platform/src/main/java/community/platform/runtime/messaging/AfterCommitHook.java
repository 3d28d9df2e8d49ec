package community.platform.runtime.messaging;

import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Runs after a poll's database transaction committed and before its Kafka offsets are committed: the window in which a
 * crash leaves handled messages to be delivered again. Fault-injection tests throw an {@link Error} here to crash the consumer (exceptions are retried).
 */
@FunctionalInterface
public interface AfterCommitHook {

    AfterCommitHook NONE = offsets -> {
    };

    void afterDatabaseCommit(Map<TopicPartition, OffsetAndMetadata> offsets);
}
