package community.platform.contracts.voting;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * A member clicked a ballot button of a proposal. Keyed by {@code proposalId}: the ballots of one proposal are counted
 * in order. The voter is the interaction's user. Clicking one's current choice again withdraws the ballot. Its button
 * is {@link community.platform.contracts.voting.ids.BallotId}.
 */
public record CastBallot(String guildId, String proposalId, Choice choice, InteractionRef interaction)
        implements Message, FromInteraction {

    public enum Choice { YES, NO, ABSTAIN }
}
