package community.platform.gateway.voting;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.ids.BallotId;
import community.platform.contracts.voting.CastBallot;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Set;

/** A proposal's ballot buttons ({@link BallotId}): cast, change or withdraw a ballot; keyed by the proposal. */
public final class BallotButtons implements GatewayCommand {

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(BallotId.PREFIX);
    }

    @Override
    public Outcome onComponent(Calls.Component call) {
        return Outcome.ifRecognised(BallotId.parse(call.customId()), b -> Outcome.send(Topics.VOTING_COMMANDS,
                b.proposalId(), new CastBallot(call.caller().guildId(), b.proposalId(), b.choice(),
                        call.caller().ref(), call.caller().roleIds()), Ack.UPDATE));
    }
}
