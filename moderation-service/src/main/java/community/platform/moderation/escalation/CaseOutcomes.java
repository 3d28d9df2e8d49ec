package community.platform.moderation.escalation;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.moderation.ModActionTaken;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.escalation.EscalationRepository.CaseRef;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the gateway reports of a case's action lands here: reports of other services' actions are not ours and pass;
 * ours change the case once and show it on the escalation's message; an immediate action's end is published
 * ({@code ModActionTaken}).
 */
@Component
class CaseOutcomes {

    /** The change to the case: false when it had been made already (the report delivered again). */
    interface Change {
        boolean apply(EscalationRepository escalations, UUID actionId, String label);
    }

    private final EscalationRepository escalations;
    private final VotingMessage votingMessage;
    private final EscalationClock clock;
    private final OutboxWriter outbox;

    CaseOutcomes(EscalationRepository escalations, VotingMessage votingMessage, EscalationClock clock,
                 OutboxWriter outbox) {
        this.escalations = escalations;
        this.votingMessage = votingMessage;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** How the case log names what a case asked: "Ban", "Delete message". */
    static String label(CaseRef ref) {
        return ref.takenBy() == null ? EscalationRenderer.label(Resolution.valueOf(ref.what()))
                : ImmediateAction.valueOf(ref.what()).label();
    }

    void update(UUID actionId, String guildId, Delivery delivery, boolean done, Change change) {
        Optional<CaseRef> found = escalations.caseOfAction(actionId);
        if (found.isEmpty()) {
            return; // an action that is not a case's (a warning's fallback, a reply)
        }
        CaseRef ref = found.get();
        Optional<Escalation> escalation = escalations.lockInGuild(ref.escalationId(), Long.parseLong(guildId));
        if (escalation.isEmpty() || !change.apply(escalations, actionId, label(ref))) {
            return;
        }
        Escalation e = escalation.get();
        votingMessage.show(e, delivery, "show-outcome");
        if (ref.takenBy() != null) {
            outbox.append(delivery.derivedId("action-taken"), Topics.MODERATION_EVENTS, Long.toString(e.escalationId()),
                    new ModActionTaken(guildId, Long.toString(e.escalationId()), Long.toString(e.memberId()),
                            ref.what(), ref.reason(), Long.toString(ref.takenBy()), ref.takenByName(),
                            done ? "DONE" : "REFUSED", escalations.caseShows(actionId).orElse(""), clock.now()));
        }
    }

    /** Ours: the id of an action this service asked for, from a report's requester and action id. */
    static Optional<UUID> ours(String requester, String actionId) {
        return DiscordAction.requestedBy(EscalationClock.OWNER, requester, actionId);
    }
}
