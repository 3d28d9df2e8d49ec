package community.platform.contracts.voting;

import community.platform.contracts.Message;
import java.time.Instant;
import java.util.Map;

/**
 * A proposal closed, by its deadline or early ({@code closedBy}: the member; null for the deadline), with the result:
 * the count of each option, abstentions, turnout, and the winning option or none ({@code outcome}: {@code WINNER},
 * {@code TIE}, {@code NO_BALLOTS}, {@code QUORUM_MISSED}, {@code THRESHOLD_MISSED}). Keyed by proposal id.
 */
public record ProposalClosed(String guildId, String proposalId, int number, Map<String, Long> counts, int abstentions,
                             int turnout, String winner, Outcome outcome, String closedBy, Instant closedAt)
        implements Message {

    public enum Outcome { WINNER, TIE, NO_BALLOTS, QUORUM_MISSED, THRESHOLD_MISSED }
}
