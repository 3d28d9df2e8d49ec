package community.platform.contracts.voting;

import community.platform.contracts.Message;
import java.time.Instant;

/** A variable of a guild's constitution changed: from what, to what, by whom. Keyed by {@code <guildId>:constitution}. */
public record ConstitutionChanged(String guildId, String variable, String previous, String value, String changedBy,
                                  Instant at) implements Message {
}
