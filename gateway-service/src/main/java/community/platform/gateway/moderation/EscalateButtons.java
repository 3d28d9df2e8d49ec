package community.platform.gateway.moderation;

import community.platform.contracts.moderation.ids.EscalateId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import java.util.Set;

/** A report's Escalate button ({@link EscalateId}): each click opens a new vote on the member. */
public final class EscalateButtons implements GatewayCommand {

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(EscalateId.PREFIX);
    }

    @Override
    public Outcome onComponent(Calls.Component call) {
        return Outcome.ifRecognised(EscalateId.parse(call.customId()),
                b -> Moderators.open(call.caller(), b.memberId(), b.messageId(), null, null));
    }
}
