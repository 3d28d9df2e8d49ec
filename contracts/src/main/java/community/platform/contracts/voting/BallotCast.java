package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import java.time.Instant;
import java.util.List;

/**
 * A member's ballot was cast, changed or withdrawn ({@code effect}); {@code choice} is what it is now in words (the
 * option, the approved options, the ranking "A > B", the scores "A: 5, B: 3", or "Abstain"; null once withdrawn),
 * {@code marks} the same as the tally reads it (option indexes; scores in option order). Keyed by proposal id, in the
 * order the ballots were counted. {@code voterId} is null for a secret ballot: nothing the platform publishes says
 * who chose what.
 */
public record BallotCast(String guildId, String proposalId, int number, String voterId, String choice, Effect effect,
                         Instant at, @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> marks,
                         @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean abstain) implements Message {

    public BallotCast(String guildId, String proposalId, int number, String voterId, String choice, Effect effect,
                      Instant at) {
        this(guildId, proposalId, number, voterId, choice, effect, at, null, false);
    }

    public enum Effect { CAST, CHANGED, WITHDRAWN }
}
