package community.platform.gateway.voting;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.CloseProposal;
import community.platform.contracts.voting.ids.CloseId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Set;

/**
 * A proposal's "Close now" button ({@link CloseId}): closes it before its deadline; the voting service decides who
 * may (the proposer, or a member who may manage the server), from the clicker's permissions sent along.
 */
public final class CloseProposalButton implements GatewayCommand {

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(CloseId.PREFIX);
    }

    @Override
    public Outcome onComponent(Calls.Component call) {
        return Outcome.ifRecognised(CloseId.parse(call.customId()), c -> Outcome.send(Topics.VOTING_COMMANDS,
                c.proposalId(), new CloseProposal(call.caller().guildId(), c.proposalId(),
                        Long.toString(call.caller().permissions()), call.caller().ref()), Ack.UPDATE));
    }
}
