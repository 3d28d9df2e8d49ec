package community.platform.contracts.probe;

import community.platform.contracts.Message;
import java.time.Instant;

/**
 * The pipeline probe: sent to any service's commands topic, keyed by {@code probeId}. The service counts it once
 * (however often it is delivered) and answers with {@link ProbeEchoed} through its outbox.
 */
public record SendProbe(String guildId, String probeId, long sequence, Instant sentAt) implements Message {
}
