package community.platform.contracts.probe;

import community.platform.contracts.Message;
import java.time.Instant;

/** A service's answer to {@link SendProbe}: {@code echoes} counts the distinct probes of that id it has seen. */
public record ProbeEchoed(String guildId, String probeId, long sequence, long echoes, Instant sentAt,
                          Instant echoedAt) implements Message {
}
