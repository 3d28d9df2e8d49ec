package community.platform.moderation.escalation;

import community.platform.moderation.escalation.EscalationPolicy.Decision;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.escalation.EscalationPolicy.Why;
import community.platform.moderation.settings.ModerationSettings;
import community.platform.moderation.warning.WarningPolicy;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How an escalation ends, once: the case is logged and Discord asked for the action, with the escalation id in the
 * audit-log reason ({@link CaseAction}); the case says what Discord did only once the gateway reports it
 * ({@link ActionPerformedHandler}, {@link ActionRefusedHandler}). A warning may open an escalation by itself
 * ({@link WarningPolicy}).
 */
@Component
class Resolutions {

    private final EscalationRepository escalations;
    private final EscalationClock clock;
    private final VotingMessage votingMessage;
    private final OutboxWriter outbox;

    Resolutions(EscalationRepository escalations, EscalationClock clock, VotingMessage votingMessage,
                OutboxWriter outbox) {
        this.escalations = escalations;
        this.clock = clock;
        this.votingMessage = votingMessage;
        this.outbox = outbox;
    }

    /** The clock ran out: the leader, a tie broken by the guild's rule, or no votes (track). */
    Escalation atClock(Escalation e, ModerationSettings s, Map<Long, Resolution> votes, Instant now,
                       Delivery delivery) {
        Decision.Resolved r = EscalationPolicy.atTimeout(votes, e.rules());
        return resolve(e, s, r.resolution(), r.why(), now, delivery);
    }

    Escalation resolve(Escalation e, ModerationSettings s, Resolution resolution, Why why, Instant now,
                       Delivery delivery) {
        CaseAction action = CaseAction.of(e, s, resolution, why);
        UUID actionId = action.request() == null ? null : outbox.appendAction(delivery, "action", action.request());
        escalations.resolve(e, resolution, why, action, actionId, now);
        if (resolution == Resolution.WARNING) {
            escalateAfterWarnings(e, s, now, delivery);
        }
        return e.resolved(resolution, why, now);
    }

    private void escalateAfterWarnings(Escalation warned, ModerationSettings s, Instant now, Delivery delivery) {
        if (!WarningPolicy.escalates(s.warningsToEscalate(), escalations.warningsSince(warned.guildId(),
                warned.memberId(), now.minus(Duration.ofDays(s.warningsDays()))),
                escalations.openFor(warned.guildId(), warned.memberId()))) {
            return;
        }
        Escalation auto = new Escalation(WarningPolicy.automaticEscalationId(warned.escalationId()), warned.guildId(),
                warned.memberId(), null, WarningPolicy.reason(s.warningsToEscalate(), s.warningsDays()),
                warned.channelId(), 0, now, s.rules(), null, EscalationPolicy.resolvesAt(now, 0, s.rules()), null,
                null, null, null);
        if (escalations.insert(auto)) {
            clock.arm(auto, auto.resolvesAt(), delivery);
            votingMessage.post(auto, votingMessage.thread(auto, s, null), null, EscalationRenderer.render(auto,
                    Map.of(), EnumSet.allOf(Resolution.class), null, List.of()), delivery, "auto-escalation");
        }
    }
}
