package community.platform.runtime.messaging;

import java.util.List;

/**
 * Runs after a poll's database transaction committed and before its Kafka offsets are committed: the window in which a
 * crash leaves handled messages to be delivered again. Fault-injection tests throw an {@link Error} here to crash the
 * consumer (exceptions are retried).
 */
@FunctionalInterface
public interface AfterCommitHook {

    AfterCommitHook NONE = messageIds -> {
    };

    /** @param messageIds the {@code ce_id}s of the poll's messages just committed */
    void afterDatabaseCommit(List<String> messageIds);
}
