package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /proposal} (or its form): opens a proposal members vote on with buttons. Keyed by {@code proposalId}, which is
 * the id of the interaction that opened it, so a command produced twice opens one proposal. {@code secret}: only
 * counts are ever shown; {@code hiddenTally}: counts are shown once voting closed; {@code roleId}: only members with
 * that role vote.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenProposal(String guildId, String proposalId, String title, String details, int hours,
                           InteractionRef interaction,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean secret,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean hiddenTally, String roleId)
        implements Message, FromInteraction {

    public OpenProposal(String guildId, String proposalId, String title, String details, int hours,
                        InteractionRef interaction) {
        this(guildId, proposalId, title, details, hours, interaction, false, false, null);
    }
}
