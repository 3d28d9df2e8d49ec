package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import java.time.Instant;
import java.util.Map;

/**
 * A proposal closed, by its deadline or early ({@code closedBy}: the member; null for the deadline), with the result:
 * the total of each option by its label (for a ranked ballot, of the last round), abstentions, turnout, and the
 * winning option or none ({@code outcome}: {@code WINNER}, {@code TIE}, {@code NO_BALLOTS}, {@code QUORUM_MISSED},
 * {@code THRESHOLD_MISSED}); {@code method} how it was counted, {@code tieBreak} how a tie on the way was broken (an
 * instant runoff's elimination), in words. Keyed by proposal id.
 */
public record ProposalClosed(String guildId, String proposalId, int number, Map<String, Long> counts, int abstentions,
                             int turnout, String winner, Outcome outcome, String closedBy, Instant closedAt,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String method,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String tieBreak)
        implements Message {

    public enum Outcome { WINNER, TIE, NO_BALLOTS, QUORUM_MISSED, THRESHOLD_MISSED }
}
