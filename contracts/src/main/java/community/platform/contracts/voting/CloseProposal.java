package community.platform.contracts.voting;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * A proposal's "Close now" button: the proposer, or a member who may manage the server ({@code permissions}: the
 * clicker's Discord permission bits as the interaction gave them), closes it before its deadline. Keyed by
 * {@code proposalId}, ordered with its ballots. Its button is {@link community.platform.contracts.voting.ids.CloseId}.
 */
public record CloseProposal(String guildId, String proposalId, String permissions, InteractionRef interaction)
        implements Message, FromInteraction {
}
