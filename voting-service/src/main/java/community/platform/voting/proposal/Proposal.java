package community.platform.voting.proposal;

import community.platform.contracts.voting.ProposalClosed.Outcome;
import community.platform.voting.constitution.Constitution;
import java.time.Instant;

/**
 * A proposal as stored: its number in the guild, what is voted on and how, the rules it opened with, whether its ballot
 * goes to members by DM, the message it is shown in once known, and how it closed (null while open; {@code winner} is the winning option's label,
 * {@code tieBreak} how a tie on the way was broken).
 */
record Proposal(long proposalId, long guildId, long channelId, int number, String title, String details,
                long openedBy, Instant openedAt, Instant closesAt, Choices choices, Constitution rules,
                Secrecy secrecy, boolean dmBallots, Long messageId, Instant closedAt, Long closedBy, Outcome outcome, String winner,
                Integer eligible, String tieBreak) {

    /** Open: not closed, and its deadline not reached. */
    boolean openAt(Instant now) {
        return closedAt == null && now.isBefore(closesAt);
    }

    boolean closed() {
        return closedAt != null;
    }

    Proposal shownIn(long message) {
        return new Proposal(proposalId, guildId, channelId, number, title, details, openedBy, openedAt, closesAt,
                choices, rules, secrecy, dmBallots, message, closedAt, closedBy, outcome, winner, eligible, tieBreak);
    }

    /** @param members the guild's member count when it closed (null: never listed) */
    Proposal closed(Instant at, Long by, Outcome how, String won, Integer members, String tie) {
        return new Proposal(proposalId, guildId, channelId, number, title, details, openedBy, openedAt, closesAt,
                choices, rules, secrecy, dmBallots, messageId, at, by, how, won, members, tie);
    }
}
