package community.platform.voting.proposal;

import community.platform.contracts.voting.ProposalClosed.Outcome;
import java.time.Instant;

/**
 * A proposal as stored: its number in the guild, the message it is shown in once known, and how it closed (null
 * while open).
 */
record Proposal(long proposalId, long guildId, long channelId, int number, String title, String details,
                long openedBy, Instant openedAt, Instant closesAt, Long messageId, Instant closedAt, Long closedBy,
                Outcome outcome, String winner) {

    /** Open: not closed, and its deadline not reached. */
    boolean openAt(Instant now) {
        return closedAt == null && now.isBefore(closesAt);
    }

    boolean closed() {
        return closedAt != null;
    }

    Proposal shownIn(long message) {
        return new Proposal(proposalId, guildId, channelId, number, title, details, openedBy, openedAt, closesAt,
                message, closedAt, closedBy, outcome, winner);
    }

    Proposal closed(Instant at, Long by, Outcome how, String won) {
        return new Proposal(proposalId, guildId, channelId, number, title, details, openedBy, openedAt, closesAt,
                messageId, at, by, how, won);
    }
}
