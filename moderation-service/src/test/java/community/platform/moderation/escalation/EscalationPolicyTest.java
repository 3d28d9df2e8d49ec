package community.platform.moderation.escalation;

import static community.platform.moderation.escalation.EscalationPolicy.Resolution.BAN;
import static community.platform.moderation.escalation.EscalationPolicy.Resolution.KICK;
import static community.platform.moderation.escalation.EscalationPolicy.Resolution.TIMEOUT;
import static community.platform.moderation.escalation.EscalationPolicy.Resolution.TRACK;
import static community.platform.moderation.escalation.EscalationPolicy.Resolution.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.moderation.escalation.EscalationPolicy.Decision;
import community.platform.moderation.escalation.EscalationPolicy.Effect;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.settings.VoteRules;
import community.platform.moderation.settings.VoteRules.TieBreak;
import community.platform.moderation.escalation.EscalationPolicy.Why;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

    static final Instant OPENED = Instant.parse("2026-11-23T10:00:00Z");
    static final VoteRules RULES = VoteRules.DEFAULT;

    @Test
    @DisplayName("a click casts, changes, or (the same option again) withdraws a vote")
    void clicks() {
        assertThat(EscalationPolicy.effect(null, BAN)).isEqualTo(Effect.CAST);
        assertThat(EscalationPolicy.effect(KICK, BAN)).isEqualTo(Effect.CHANGED);
        assertThat(EscalationPolicy.effect(BAN, BAN)).isEqualTo(Effect.WITHDRAWN);
    }

    @Test
    @DisplayName("below quorum the vote stays open with every option, resolving at 24 - 8 x votes hours")
    void belowQuorum() {
        assertThat(EscalationPolicy.afterVote(Map.of(), 3, OPENED, RULES, OPENED))
                .isEqualTo(new Decision.Open(EnumSet.allOf(Resolution.class), OPENED.plusSeconds(24 * 3600)));
        assertThat(EscalationPolicy.afterVote(Map.of(1L, BAN, 2L, BAN), 3, OPENED, RULES, OPENED))
                .isEqualTo(new Decision.Open(EnumSet.allOf(Resolution.class), OPENED.plusSeconds(8 * 3600)));
    }

    @Test
    @DisplayName("the auto-resolution time never goes before the opening, and follows the guild's numbers")
    void timeoutFormula() {
        assertThat(EscalationPolicy.resolvesAt(OPENED, 0, RULES)).isEqualTo(OPENED.plusSeconds(86_400));
        assertThat(EscalationPolicy.resolvesAt(OPENED, 1, RULES)).isEqualTo(OPENED.plusSeconds(16 * 3600));
        assertThat(EscalationPolicy.resolvesAt(OPENED, 3, RULES)).isEqualTo(OPENED);
        assertThat(EscalationPolicy.resolvesAt(OPENED, 7, RULES)).isEqualTo(OPENED);
        VoteRules slow = new VoteRules(5, 48, 2.5, TieBreak.LEAST_SEVERE);
        assertThat(EscalationPolicy.resolvesAt(OPENED, 2, slow)).isEqualTo(OPENED.plusSeconds(43 * 3600));
        assertThatThrownBy(() -> new VoteRules(0, 24, 8, TieBreak.MOST_SEVERE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VoteRules(3, -1, 8, TieBreak.MOST_SEVERE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("quorum with a clear leader resolves at once, by majority not unanimity")
    void quorumWithLeader() {
        assertThat(EscalationPolicy.afterVote(Map.of(1L, BAN, 2L, BAN, 3L, KICK), 3, OPENED, RULES, OPENED))
                .isEqualTo(new Decision.Resolved(BAN, Why.QUORUM));
        assertThat(EscalationPolicy.afterVote(Map.of(1L, WARNING), 1, OPENED, RULES, OPENED))
                .isEqualTo(new Decision.Resolved(WARNING, Why.QUORUM));
    }

    @Test
    @DisplayName("quorum with a tie keeps only the tied options enabled while the clock runs; a vote for one breaks the tie")
    void quorumWithTie() {
        // GIVEN a clock of 24 - 4 x votes hours, so four votes leave eight hours to break a tie
        VoteRules rules = new VoteRules(3, 24, 4, TieBreak.MOST_SEVERE);
        Map<Long, Resolution> tied = Map.of(1L, BAN, 2L, KICK, 3L, BAN, 4L, KICK);
        // WHEN the fourth vote ties it THEN only the tied options stay open
        Decision d = EscalationPolicy.afterVote(tied, 3, OPENED, rules, OPENED);
        assertThat(d).isEqualTo(new Decision.Open(EnumSet.of(KICK, BAN), OPENED.plusSeconds(8 * 3600)));
        assertThat(EscalationPolicy.mayClick(tied, 5L, TIMEOUT, 3, OPENED, rules, OPENED)).isFalse();
        assertThat(EscalationPolicy.mayClick(tied, 5L, KICK, 3, OPENED, rules, OPENED)).isTrue();
        assertThat(EscalationPolicy.mayClick(tied, 1L, BAN, 3, OPENED, rules, OPENED)).as("withdrawing one's own").isTrue();
        assertThat(EscalationPolicy.mayClick(tied, 1L, TIMEOUT, 3, OPENED, rules, OPENED)).isFalse();
        assertThat(EscalationPolicy.afterVote(Map.of(1L, BAN, 2L, KICK, 3L, BAN, 4L, KICK, 5L, KICK), 3, OPENED, rules,
                OPENED)).isEqualTo(new Decision.Resolved(KICK, Why.QUORUM));
        // three ways at quorum three
        Decision three = EscalationPolicy.afterVote(Map.of(1L, TRACK, 2L, WARNING, 3L, BAN), 3, OPENED, rules, OPENED);
        assertThat(((Decision.Open) three).enabled()).containsExactlyInAnyOrder(TRACK, WARNING, BAN);
    }

    @Test
    @DisplayName("a vote that moves the clock to now or before resolves at once, as the clock would (issue example: votes at 1 h and 15 h)")
    void clockMovedIntoThePastResolvesAtOnce() {
        // GIVEN the default clock (24 - 8 x votes hours) and a first vote at 1 h: it resolves at 16 h
        Instant oneHour = OPENED.plusSeconds(3600);
        assertThat(EscalationPolicy.afterVote(Map.of(1L, BAN), 3, OPENED, RULES, oneHour))
                .isEqualTo(new Decision.Open(EnumSet.allOf(Resolution.class), OPENED.plusSeconds(16 * 3600)));
        // WHEN a second vote comes at 15 h, moving the clock to 8 h
        Instant fifteenHours = OPENED.plusSeconds(15 * 3600);
        // THEN the escalation resolves at once by the clock, not on a timer 7 hours in the past
        assertThat(EscalationPolicy.afterVote(Map.of(1L, BAN, 2L, BAN), 3, OPENED, RULES, fifteenHours))
                .isEqualTo(new Decision.Resolved(BAN, Why.TIMEOUT));
        assertThat(EscalationPolicy.afterVote(Map.of(1L, BAN, 2L, KICK), 3, OPENED, RULES, fifteenHours))
                .isEqualTo(new Decision.Resolved(BAN, Why.TIE_AT_TIMEOUT));
    }

    @Test
    @DisplayName("with the default clock, a tie at quorum has run the clock out: it is broken by the guild's rule at once")
    void tieAtQuorumWithTheDefaultClock() {
        // GIVEN the default clock: three votes leave zero hours; WHEN they tie two hours after the opening
        Map<Long, Resolution> tied = Map.of(1L, TRACK, 2L, WARNING, 3L, BAN);
        // THEN the tie is broken at once, most severe by default, least severe where the guild says so
        assertThat(EscalationPolicy.afterVote(tied, 3, OPENED, RULES, OPENED.plusSeconds(7200)))
                .isEqualTo(new Decision.Resolved(BAN, Why.TIE_AT_TIMEOUT));
        assertThat(EscalationPolicy.afterVote(tied, 3, OPENED, new VoteRules(3, 24, 8, TieBreak.LEAST_SEVERE),
                OPENED.plusSeconds(7200))).isEqualTo(new Decision.Resolved(TRACK, Why.TIE_AT_TIMEOUT));
    }

    /**
     * Every path of clicks (three moderators, two options: enough for ties, changes and withdrawals) at every order of times, under
     * several clocks: an open escalation always has its clock after now, so the clock can always be armed.
     */
    @Test
    @DisplayName("on every path of clicks and times, an escalation left open resolves after now: it always has a clock to arm")
    void everyPathLeavesAClock() {
        Resolution[] options = {WARNING, BAN};
        long[] hours = {0, 1, 9, 15, 30};
        VoteRules[] clocks = {RULES, new VoteRules(3, 24, 4, TieBreak.LEAST_SEVERE), new VoteRules(2, 2, 1, TieBreak.MOST_SEVERE),
                new VoteRules(1, 0.5, 0, TieBreak.MOST_SEVERE)};
        int paths = 0;
        for (VoteRules rules : clocks) {
            for (int length = 1; length <= 4; length++) {
                int clickCount = (int) Math.pow(3 * options.length, length);
                for (int code = 0; code < clickCount; code++) {
                    for (long[] times : nonDecreasing(hours, length)) {
                        walk(rules, options, code, times);
                        paths++;
                    }
                }
            }
        }
        assertThat(paths).isGreaterThan(100_000);
    }

    /** Plays one path the way the handlers do: the clock fires when due, clicks are checked, then decided. */
    private static void walk(VoteRules rules, Resolution[] options, int code, long[] times) {
        java.util.Map<Long, Resolution> votes = new java.util.HashMap<>();
        Instant due = EscalationPolicy.resolvesAt(OPENED, 0, rules);
        for (long hour : times) {
            Instant now = OPENED.plusSeconds(hour * 3600);
            if (!due.isAfter(now)) {
                return; // the clock fired first and resolved it
            }
            int click = code % (3 * options.length);
            code /= 3 * options.length;
            long moderator = click / options.length;
            Resolution clicked = options[click % options.length];
            if (!EscalationPolicy.mayClick(votes, moderator, clicked, rules.quorum(), OPENED, rules, now)) {
                continue;
            }
            if (EscalationPolicy.effect(votes.get(moderator), clicked) == Effect.WITHDRAWN) {
                votes.remove(moderator);
            } else {
                votes.put(moderator, clicked);
            }
            Decision d = EscalationPolicy.afterVote(votes, rules.quorum(), OPENED, rules, now);
            if (d instanceof Decision.Resolved) {
                return;
            }
            Decision.Open open = (Decision.Open) d;
            assertThat(open.resolvesAt()).as("clock after votes %s at %s h under %s", votes, hour, rules)
                    .isAfter(now);
            assertThat(open.enabled()).isNotEmpty();
            due = open.resolvesAt();
        }
    }

    private static java.util.List<long[]> nonDecreasing(long[] values, int length) {
        java.util.List<long[]> out = new java.util.ArrayList<>();
        fill(values, new long[length], 0, 0, out);
        return out;
    }

    private static void fill(long[] values, long[] acc, int at, int from, java.util.List<long[]> out) {
        if (at == acc.length) {
            out.add(acc.clone());
            return;
        }
        for (int i = from; i < values.length; i++) {
            acc[at] = values[i];
            fill(values, acc, at + 1, i, out);
        }
    }

    @Test
    @DisplayName("a tie below quorum leaves every option open")
    void tieBelowQuorum() {
        Decision d = EscalationPolicy.afterVote(Map.of(1L, BAN, 2L, KICK), 3, OPENED, RULES, OPENED);
        assertThat(((Decision.Open) d).enabled()).isEqualTo(EnumSet.allOf(Resolution.class));
        assertThat(EscalationPolicy.mayClick(Map.of(1L, BAN, 2L, KICK), 3L, TRACK, 3, OPENED, RULES, OPENED)).isTrue();
    }

    @Test
    @DisplayName("a decided escalation takes no more clicks")
    void resolvedTakesNoClicks() {
        Map<Long, Resolution> decided = Map.of(1L, BAN, 2L, BAN, 3L, BAN);
        assertThat(EscalationPolicy.mayClick(decided, 4L, KICK, 3, OPENED, RULES, OPENED)).isFalse();
    }

    @Test
    @DisplayName("at timeout: the leader; a tie broken by the guild's rule; no votes -> track")
    void atTimeout() {
        assertThat(EscalationPolicy.atTimeout(Map.of(1L, TIMEOUT), RULES))
                .isEqualTo(new Decision.Resolved(TIMEOUT, Why.TIMEOUT));
        assertThat(EscalationPolicy.atTimeout(Map.of(1L, WARNING, 2L, KICK), RULES))
                .isEqualTo(new Decision.Resolved(KICK, Why.TIE_AT_TIMEOUT));
        assertThat(EscalationPolicy.atTimeout(Map.of(1L, WARNING, 2L, KICK),
                new VoteRules(3, 24, 8, TieBreak.LEAST_SEVERE))).isEqualTo(new Decision.Resolved(WARNING, Why.TIE_AT_TIMEOUT));
        assertThat(EscalationPolicy.atTimeout(Map.of(), RULES)).isEqualTo(new Decision.Resolved(TRACK, Why.NO_VOTES));
    }

    @Test
    @DisplayName("the standing counts every option and names the leaders")
    void standing() {
        var s = EscalationPolicy.standing(Map.of(1L, BAN, 2L, BAN, 3L, KICK));
        assertThat(s.counts()).containsEntry(BAN, 2).containsEntry(KICK, 1).containsEntry(TRACK, 0);
        assertThat(s.votes()).isEqualTo(3);
        assertThat(s.leaders()).containsExactly(BAN);
        assertThat(s.tie()).isFalse();
        assertThat(EscalationPolicy.standing(Map.of()).leaders()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN the mod-bot preset (36 - 4n hours) WHEN 0, 3 and 9 votes are in THEN the clock is 36, 24 and 0 hours after the escalation opened")
    void modBotClock() {
        community.platform.moderation.settings.VoteRules modBot = new community.platform.moderation.settings.VoteRules(
                3, 36, 4, community.platform.moderation.settings.VoteRules.TieBreak.MOST_SEVERE);
        java.time.Instant opened = java.time.Instant.parse("2026-11-20T10:00:00Z");
        assertThat(EscalationPolicy.resolvesAt(opened, 0, modBot)).isEqualTo(opened.plus(java.time.Duration.ofHours(36)));
        assertThat(EscalationPolicy.resolvesAt(opened, 3, modBot)).isEqualTo(opened.plus(java.time.Duration.ofHours(24)));
        assertThat(EscalationPolicy.resolvesAt(opened, 9, modBot)).isEqualTo(opened);
    }
}
