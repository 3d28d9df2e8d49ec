package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;
import java.util.List;

/**
 * A member used a proposal's ballot: a button or a select on its message ({@link community.platform.contracts.voting.ids.BallotId}).
 * Keyed by {@code proposalId}: the ballots of one proposal are counted in order. The voter is the interaction's user.
 * What {@code choice} says:
 * <ul>
 * <li>{@code OPTION}: the one option {@code option} (plurality; the same again withdraws);</li>
 * <li>{@code APPROVE}: the options {@code approved} (approval; none withdraws);</li>
 * <li>{@code RANK}: option {@code option} as preference {@code rank} (0 = first; ranked choice);</li>
 * <li>{@code SCORE}: option {@code option} scored {@code score} (score voting);</li>
 * <li>{@code ABSTAIN}, {@code WITHDRAW}; {@code YES}, {@code NO}: option 0 or 1 (buttons of older messages);</li>
 * <li>{@code SHOW}: the proposal's "Vote" button: the member's own ballot is shown to them privately, nothing
 * changes.</li>
 * </ul>
 * From a ballot sent by DM, {@code guildId} is null: the guild is the proposal's, never the DM's; {@code roleIds}
 * then holds the ids of every server the member shares with the bot and their roles there.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CastBallot(String guildId, String proposalId, Choice choice, InteractionRef interaction,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> roleIds, Integer option,
                         List<Integer> approved, Integer rank, Integer score)
        implements Message, FromInteraction {

    /** @param roleIds the voter's roles, for a proposal only some roles vote on */
    public CastBallot {
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
        approved = approved == null ? null : List.copyOf(approved);
    }

    public CastBallot(String guildId, String proposalId, Choice choice, InteractionRef interaction,
                      List<String> roleIds) {
        this(guildId, proposalId, choice, interaction, roleIds, null, null, null, null);
    }

    public CastBallot(String guildId, String proposalId, Choice choice, InteractionRef interaction) {
        this(guildId, proposalId, choice, interaction, List.of());
    }

    public enum Choice { YES, NO, ABSTAIN, OPTION, APPROVE, RANK, SCORE, WITHDRAW, SHOW }
}
