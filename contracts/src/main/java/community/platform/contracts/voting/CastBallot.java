package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * A member clicked a ballot button of a proposal. Keyed by {@code proposalId}: the ballots of one proposal are counted
 * in order. The voter is the interaction's user. Clicking one's current choice again withdraws the ballot. Its button
 * is {@link community.platform.contracts.voting.ids.BallotId}.
 */
public record CastBallot(String guildId, String proposalId, Choice choice, InteractionRef interaction,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> roleIds)
        implements Message, FromInteraction {

    /** @param roleIds the voter's roles, for a proposal only some roles vote on */
    public CastBallot {
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    }

    public CastBallot(String guildId, String proposalId, Choice choice, InteractionRef interaction) {
        this(guildId, proposalId, choice, interaction, List.of());
    }

    public enum Choice { YES, NO, ABSTAIN }
}
