package community.platform.moderation.escalation;

import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.runtime.messaging.Delivery;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the gateway reports of a case's action lands here: reports of other services' actions are not ours and pass;
 * ours change the case once and show it on the voting message.
 */
@Component
class CaseOutcomes {

    /** The change to the case: false when it had been made already (the report delivered again). */
    interface Change {
        boolean apply(EscalationRepository escalations, Resolution resolution);
    }

    private final EscalationRepository escalations;
    private final VotingMessage votingMessage;

    CaseOutcomes(EscalationRepository escalations, VotingMessage votingMessage) {
        this.escalations = escalations;
        this.votingMessage = votingMessage;
    }

    void update(String requester, String guildId, String actionId, Delivery delivery, Change change) {
        if (!EscalationClock.OWNER.equals(requester)) {
            return;
        }
        Optional<Map.Entry<Long, Resolution>> found = escalations.caseOfAction(UUID.fromString(actionId));
        if (found.isEmpty()) {
            return; // an action that is not a case's (a warning's fallback, a reply)
        }
        Optional<Escalation> escalation = escalations.lockInGuild(found.get().getKey(), Long.parseLong(guildId));
        if (escalation.isPresent() && change.apply(escalations, found.get().getValue())) {
            votingMessage.showResolved(escalation.get(), delivery, "show-outcome");
        }
    }
}
