package community.platform.moderation.settings;

/**
 * How a guild's moderators decide: the quorum, the clock ({@code baseHours - hoursPerVote x votes} hours after the
 * escalation opened) and how a tie at the clock is broken. Snapshotted into each escalation when it opens.
 */
public record VoteRules(int quorum, double baseHours, double hoursPerVote, TieBreak tieBreak) {

    public enum TieBreak { MOST_SEVERE, LEAST_SEVERE }

    public static final VoteRules DEFAULT = new VoteRules(3, 24, 8, TieBreak.MOST_SEVERE);

    public VoteRules {
        if (quorum < 1 || baseHours < 0 || hoursPerVote < 0) {
            throw new IllegalArgumentException("quorum >= 1, hours >= 0");
        }
    }
}
