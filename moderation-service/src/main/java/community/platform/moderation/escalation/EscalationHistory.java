package community.platform.moderation.escalation;

import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A member's escalations as others read them (the case history of {@code /modreport}), newest first. */
@Component
public class EscalationHistory {

    /**
     * One escalation: who voted what (moderator -> resolution, lower-case), the names they voted under (moderator ->
     * name, when known), and how it ended.
     *
     * @param outcome "Ban (quorum of 3 reached). Banned." when resolved, null while open
     * @param actions the immediate actions taken on it, with who took them, why and what Discord did
     */
    public record Entry(long escalationId, Instant openedAt, String reason, Map<Long, String> votes,
                        Map<Long, String> voterNames, String outcome, Instant resolvesAt, boolean warning,
                        List<String> actions) {
    }

    private final EscalationRepository escalations;

    EscalationHistory(EscalationRepository escalations) {
        this.escalations = escalations;
    }

    public List<Entry> of(long guild, long member) {
        return escalations.ofMember(guild, member).stream().map(e -> {
            Map<Long, String> votes = new LinkedHashMap<>();
            escalations.votes(e.escalationId()).forEach((mod, r) -> votes.put(mod, r.name().toLowerCase(Locale.ROOT)));
            String outcome = e.resolved() ? EscalationRenderer.label(e.resolution()) + " (" + EscalationRenderer.why(e)
                    + "). " + escalations.caseAction(e.escalationId()).orElse("") : null;
            return new Entry(e.escalationId(), e.openedAt(), e.reason(), votes, escalations.voterNames(
                    e.escalationId()), outcome == null ? null : outcome.strip(),
                    e.resolvesAt(), e.resolution() == Resolution.WARNING, escalations.taken(e.escalationId())
                    .stream().map(EscalationRenderer::line).toList());
        }).toList();
    }

    /** The member's case thread, once the gateway reported which it is. */
    public Optional<Long> threadOf(long guild, long member) {
        return escalations.threadOf(guild, member).map(EscalationRepository.MemberThread::threadId);
    }
}
