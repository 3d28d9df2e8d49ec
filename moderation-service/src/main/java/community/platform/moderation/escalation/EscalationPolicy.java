package community.platform.moderation.escalation;

import community.platform.moderation.settings.VoteRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of an escalation vote, pure: what a click does to a moderator's vote, the standing, when the vote is
 * decided (quorum with a clear leader), which options stay open on a tie, when it resolves by itself
 * ({@code base - perVote x votes} hours after it opened, never before it opened) and how a tie at that time is broken.
 */
public final class EscalationPolicy {

    /** The resolutions, least severe first. */
    public enum Resolution { TRACK, WARNING, TIMEOUT, RESTRICT, KICK, BAN }

    public enum Effect { CAST, CHANGED, WITHDRAWN }

    /** Why an escalation was resolved. */
    public enum Why { QUORUM, TIMEOUT, TIE_AT_TIMEOUT, NO_VOTES }

    /** Where the vote stands: counts per resolution and the resolutions with the most votes. */
    public record Standing(Map<Resolution, Integer> counts, int votes, List<Resolution> leaders) {
        public boolean tie() {
            return leaders.size() > 1;
        }
    }

    /** What follows a vote or a timer: still open (with the options a click may take) or resolved. */
    public sealed interface Decision {
        record Open(Set<Resolution> enabled, Instant resolvesAt) implements Decision {
        }

        record Resolved(Resolution resolution, Why why) implements Decision {
        }
    }

    private EscalationPolicy() {
    }

    /** A click on {@code clicked} by a moderator whose vote is {@code current} (null: none). */
    public static Effect effect(Resolution current, Resolution clicked) {
        if (current == null) {
            return Effect.CAST;
        }
        return current == clicked ? Effect.WITHDRAWN : Effect.CHANGED;
    }

    public static Standing standing(Map<Long, Resolution> votes) {
        Map<Resolution, Integer> counts = new EnumMap<>(Resolution.class);
        for (Resolution r : Resolution.values()) {
            counts.put(r, 0);
        }
        votes.values().forEach(r -> counts.merge(r, 1, Integer::sum));
        int best = Collections.max(counts.values());
        List<Resolution> leaders = new ArrayList<>();
        if (best > 0) {
            counts.forEach((r, c) -> {
                if (c == best) {
                    leaders.add(r);
                }
            });
        }
        return new Standing(counts, votes.size(), List.copyOf(leaders));
    }

    /** When an escalation opened at {@code openedAt} with {@code votes} votes resolves by itself. */
    public static Instant resolvesAt(Instant openedAt, int votes, VoteRules rules) {
        double hours = Math.max(0, rules.baseHours() - rules.hoursPerVote() * votes);
        return openedAt.plus(Duration.ofSeconds(Math.round(hours * 3600)));
    }

    /**
     * The vote after a change at {@code now}: quorum reached with a clear leader resolves at once; a clock that the
     * change moved to {@code now} or before has run out, so the escalation resolves at once as at the clock (a
     * past due time can never be armed: the scheduler refuses it, and nothing would resolve the vote); quorum
     * reached with a tie keeps only the tied options enabled; otherwise every option is open until
     * {@link #resolvesAt}. An {@link Decision.Open} therefore always resolves after {@code now}.
     */
    public static Decision afterVote(Map<Long, Resolution> votes, int quorum, Instant openedAt, VoteRules rules,
                                     Instant now) {
        Standing s = standing(votes);
        if (s.votes() >= quorum && !s.tie() && !s.leaders().isEmpty()) {
            return new Decision.Resolved(s.leaders().get(0), Why.QUORUM);
        }
        Instant due = resolvesAt(openedAt, s.votes(), rules);
        if (!due.isAfter(now)) {
            return atTimeout(votes, rules);
        }
        return new Decision.Open(enabled(votes, quorum), due);
    }

    /** The options open on an open escalation: only the tied ones on a tie at quorum, else all. */
    public static Set<Resolution> enabled(Map<Long, Resolution> votes, int quorum) {
        Standing s = standing(votes);
        return s.votes() >= quorum && s.tie() ? EnumSet.copyOf(s.leaders()) : EnumSet.allOf(Resolution.class);
    }

    /**
     * May a moderator click {@code clicked} now? Withdrawing one's own vote always is; otherwise, on a tie at quorum,
     * only the tied options.
     */
    public static boolean mayClick(Map<Long, Resolution> votes, long moderator, Resolution clicked, int quorum,
                                   Instant openedAt, VoteRules rules, Instant now) {
        if (votes.get(moderator) == clicked) {
            return true;
        }
        return switch (afterVote(votes, quorum, openedAt, rules, now)) {
            case Decision.Open open -> open.enabled().contains(clicked);
            case Decision.Resolved resolved -> false;
        };
    }

    /** The resolution when the clock runs out: the leader, a tie broken by the guild's rule, no votes -> track. */
    public static Decision.Resolved atTimeout(Map<Long, Resolution> votes, VoteRules rules) {
        Standing s = standing(votes);
        if (s.leaders().isEmpty()) {
            return new Decision.Resolved(Resolution.TRACK, Why.NO_VOTES);
        }
        if (!s.tie()) {
            return new Decision.Resolved(s.leaders().get(0), Why.TIMEOUT);
        }
        Resolution broken = rules.tieBreak() == VoteRules.TieBreak.MOST_SEVERE ? s.leaders().get(s.leaders().size() - 1)
                : s.leaders().get(0);
        return new Decision.Resolved(broken, Why.TIE_AT_TIMEOUT);
    }
}
