package community.platform.moderation.escalation;

import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.escalation.EscalationPolicy.Rules;
import community.platform.moderation.escalation.EscalationPolicy.Why;
import java.time.Instant;

/** An escalation as stored: the vote's rules are the guild's as they were when it opened. */
record Escalation(long escalationId, long guildId, long memberId, Long messageId, String reason, long channelId,
                  long openedBy, Instant openedAt, Rules rules, Long votingMessageId, Instant resolvesAt,
                  Resolution resolution, Why why, Instant resolvedAt) {

    boolean resolved() {
        return resolution != null;
    }
}
