package community.platform.runtime.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a message came from: its CloudEvents id, type and time, and the Kafka key.
 *
 * @param service the consuming service, part of every id derived from this delivery
 */
public record Delivery(String service, String messageId, String type, String source, Instant time, String key) {

    /**
     * A deterministic id for the {@code n}-th outcome of this message: handling the same message again (a replay into
     * an empty schema) writes the same event ids, which consumers deduplicate.
     */
    public UUID derivedId(String outcome) {
        return UUID.nameUUIDFromBytes((service + '|' + messageId + '|' + outcome).getBytes(StandardCharsets.UTF_8));
    }
}
