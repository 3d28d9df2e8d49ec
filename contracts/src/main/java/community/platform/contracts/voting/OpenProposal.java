package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /proposal} (or its form): opens a proposal members vote on with buttons. Keyed by {@code proposalId}, which is
 * the id of the interaction that opened it, so a command produced twice opens one proposal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenProposal(String guildId, String proposalId, String title, String details, int hours,
                           InteractionRef interaction) implements Message, FromInteraction {
}
