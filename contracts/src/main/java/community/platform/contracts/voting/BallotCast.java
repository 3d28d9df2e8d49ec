package community.platform.contracts.voting;

import community.platform.contracts.Message;
import java.time.Instant;

/**
 * A member's ballot was cast, changed or withdrawn ({@code effect}); {@code choice} is what it is now (null once
 * withdrawn). Keyed by proposal id, in the order the ballots were counted. {@code voterId} is null for a secret
 * ballot: nothing the platform publishes says who chose what.
 */
public record BallotCast(String guildId, String proposalId, int number, String voterId, String choice, Effect effect,
                         Instant at) implements Message {

    public enum Effect { CAST, CHANGED, WITHDRAWN }
}
