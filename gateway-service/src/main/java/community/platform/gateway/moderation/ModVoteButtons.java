package community.platform.gateway.moderation;

import community.platform.contracts.Topics;
import community.platform.contracts.moderation.ids.ModVoteId;
import community.platform.contracts.moderation.CastModVote;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Set;

/** An escalation's vote buttons ({@link ModVoteId}); keyed by the escalation, its votes counted in order. */
public final class ModVoteButtons implements GatewayCommand {

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(ModVoteId.PREFIX);
    }

    @Override
    public Outcome onComponent(Calls.Component call) {
        return Outcome.ifRecognised(ModVoteId.parse(call.customId()), v -> Outcome.send(Topics.MODERATION_COMMANDS,
                v.escalationId(), new CastModVote(call.caller().guildId(), v.escalationId(), v.resolution(),
                        Moderators.of(call.caller()), call.caller().ref()), Ack.UPDATE));
    }
}
