package community.platform.contracts.voting;

import community.platform.contracts.Message;
import java.time.Instant;

/** A member invested tokens in a scenario; {@code remaining}: their budget left. Keyed by scenario id. */
public record TokensInvested(String guildId, String campaignId, String scenarioId, String memberId, int tokens,
                             int remaining, Instant at) implements Message {
}
