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
import community.platform.moderation.escalation.EscalationPolicy.Rules;
import community.platform.moderation.escalation.EscalationPolicy.TieBreak;
import community.platform.moderation.escalation.EscalationPolicy.Why;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

    static final Instant OPENED = Instant.parse("2026-11-23T10:00:00Z");
    static final Rules RULES = Rules.DEFAULT;

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
        assertThat(EscalationPolicy.afterVote(Map.of(), 3, OPENED, RULES))
                .isEqualTo(new Decision.Open(EnumSet.allOf(Resolution.class), OPENED.plusSeconds(24 * 3600)));
        assertThat(EscalationPolicy.afterVote(Map.of(1L, BAN, 2L, BAN), 3, OPENED, RULES))
                .isEqualTo(new Decision.Open(EnumSet.allOf(Resolution.class), OPENED.plusSeconds(8 * 3600)));
    }

    @Test
    @DisplayName("the auto-resolution time never goes before the opening, and follows the guild's numbers")
    void timeoutFormula() {
        assertThat(EscalationPolicy.resolvesAt(OPENED, 0, RULES)).isEqualTo(OPENED.plusSeconds(86_400));
        assertThat(EscalationPolicy.resolvesAt(OPENED, 1, RULES)).isEqualTo(OPENED.plusSeconds(16 * 3600));
        assertThat(EscalationPolicy.resolvesAt(OPENED, 3, RULES)).isEqualTo(OPENED);
        assertThat(EscalationPolicy.resolvesAt(OPENED, 7, RULES)).isEqualTo(OPENED);
        Rules slow = new Rules(5, 48, 2.5, TieBreak.LEAST_SEVERE);
        assertThat(EscalationPolicy.resolvesAt(OPENED, 2, slow)).isEqualTo(OPENED.plusSeconds(43 * 3600));
        assertThatThrownBy(() -> new Rules(0, 24, 8, TieBreak.MOST_SEVERE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rules(3, -1, 8, TieBreak.MOST_SEVERE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("quorum with a clear leader resolves at once, by majority not unanimity")
    void quorumWithLeader() {
        assertThat(EscalationPolicy.afterVote(Map.of(1L, BAN, 2L, BAN, 3L, KICK), 3, OPENED, RULES))
                .isEqualTo(new Decision.Resolved(BAN, Why.QUORUM));
        assertThat(EscalationPolicy.afterVote(Map.of(1L, WARNING), 1, OPENED, RULES))
                .isEqualTo(new Decision.Resolved(WARNING, Why.QUORUM));
    }

    @Test
    @DisplayName("quorum with a tie keeps only the tied options enabled; a vote for one breaks the tie")
    void quorumWithTie() {
        Map<Long, Resolution> tied = Map.of(1L, BAN, 2L, KICK, 3L, BAN, 4L, KICK);
        Decision d = EscalationPolicy.afterVote(tied, 3, OPENED, RULES);
        assertThat(d).isInstanceOf(Decision.Open.class);
        assertThat(((Decision.Open) d).enabled()).containsExactlyInAnyOrder(KICK, BAN);
        assertThat(EscalationPolicy.mayClick(tied, 5L, TIMEOUT, 3, OPENED, RULES)).isFalse();
        assertThat(EscalationPolicy.mayClick(tied, 5L, KICK, 3, OPENED, RULES)).isTrue();
        assertThat(EscalationPolicy.mayClick(tied, 1L, BAN, 3, OPENED, RULES)).as("withdrawing one's own").isTrue();
        assertThat(EscalationPolicy.mayClick(tied, 1L, TIMEOUT, 3, OPENED, RULES)).isFalse();
        assertThat(EscalationPolicy.afterVote(Map.of(1L, BAN, 2L, KICK, 3L, BAN, 4L, KICK, 5L, KICK), 3, OPENED, RULES))
                .isEqualTo(new Decision.Resolved(KICK, Why.QUORUM));
        // three ways at quorum three
        Decision three = EscalationPolicy.afterVote(Map.of(1L, TRACK, 2L, WARNING, 3L, BAN), 3, OPENED, RULES);
        assertThat(((Decision.Open) three).enabled()).containsExactlyInAnyOrder(TRACK, WARNING, BAN);
    }

    @Test
    @DisplayName("a tie below quorum leaves every option open")
    void tieBelowQuorum() {
        Decision d = EscalationPolicy.afterVote(Map.of(1L, BAN, 2L, KICK), 3, OPENED, RULES);
        assertThat(((Decision.Open) d).enabled()).isEqualTo(EnumSet.allOf(Resolution.class));
        assertThat(EscalationPolicy.mayClick(Map.of(1L, BAN, 2L, KICK), 3L, TRACK, 3, OPENED, RULES)).isTrue();
    }

    @Test
    @DisplayName("a decided escalation takes no more clicks")
    void resolvedTakesNoClicks() {
        Map<Long, Resolution> decided = Map.of(1L, BAN, 2L, BAN, 3L, BAN);
        assertThat(EscalationPolicy.mayClick(decided, 4L, KICK, 3, OPENED, RULES)).isFalse();
    }

    @Test
    @DisplayName("at timeout: the leader; a tie broken by the guild's rule; no votes -> track")
    void atTimeout() {
        assertThat(EscalationPolicy.atTimeout(Map.of(1L, TIMEOUT), RULES))
                .isEqualTo(new Decision.Resolved(TIMEOUT, Why.TIMEOUT));
        assertThat(EscalationPolicy.atTimeout(Map.of(1L, WARNING, 2L, KICK), RULES))
                .isEqualTo(new Decision.Resolved(KICK, Why.TIE_AT_TIMEOUT));
        assertThat(EscalationPolicy.atTimeout(Map.of(1L, WARNING, 2L, KICK),
                new Rules(3, 24, 8, TieBreak.LEAST_SEVERE))).isEqualTo(new Decision.Resolved(WARNING, Why.TIE_AT_TIMEOUT));
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
}
