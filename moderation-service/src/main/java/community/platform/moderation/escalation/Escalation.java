package community.platform.moderation.escalation;

import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.settings.VoteRules;
import community.platform.moderation.escalation.EscalationPolicy.Why;
import java.time.Instant;

/**
 * An escalation as stored: the vote's rules are the guild's as they were when it opened. Its message is in
 * {@code channelId}, where it was reported, or in {@code votingChannelId} (the member's case thread) when set.
 */
record Escalation(long escalationId, long guildId, long memberId, Long messageId, String reason, long channelId,
                  long openedBy, Instant openedAt, VoteRules rules, Long votingMessageId, Instant resolvesAt,
                  Resolution resolution, Why why, Instant resolvedAt, Long votingChannelId) {

    /** The channel (or thread) its message is in. */
    long shownIn() {
        return votingChannelId != null ? votingChannelId : channelId;
    }

    boolean resolved() {
        return resolution != null;
    }

    Escalation resolvingAt(Instant at) {
        return new Escalation(escalationId, guildId, memberId, messageId, reason, channelId, openedBy, openedAt, rules,
                votingMessageId, at, resolution, why, resolvedAt, votingChannelId);
    }

    Escalation resolved(Resolution r, Why w, Instant at) {
        return new Escalation(escalationId, guildId, memberId, messageId, reason, channelId, openedBy, openedAt, rules,
                votingMessageId, resolvesAt, r, w, at, votingChannelId);
    }
}
