package community.platform.scheduler.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.runtime.messaging.RejectedMessage;
import community.platform.scheduler.config.SchedulerProperties;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class TimerPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final SchedulerProperties.Timers RULES =
            new SchedulerProperties.Timers(100, Duration.ofHours(1), Duration.ofDays(400), null);

    static ScheduleTimer due(String owner, Instant dueAt) {
        return new ScheduleTimer("1", owner, "t", "e", dueAt, JsonNodeFactory.instance.objectNode());
    }

    @Test
    void ownersDefaultToEveryServiceWithCommandsButTheScheduler() {
        assertThat(RULES.owners()).containsExactlyInAnyOrder("gateway", "voting", "economy", "raid", "moderation");
        assertThatThrownBy(() -> new SchedulerProperties.Timers(100, Duration.ZERO, Duration.ZERO,
                java.util.Set.of("nosuch"))).hasMessageContaining("nosuch has no commands topic");
    }

    @Test
    void acceptsSlightlyLateNearAndFarWithinLimits() {
        assertThatCode(() -> TimerPolicy.check(due("moderation", NOW.minusSeconds(3599)), 2, NOW, NOW, RULES))
                .doesNotThrowAnyException();
        assertThatCode(() -> TimerPolicy.check(due("economy", NOW.plus(Duration.ofDays(399))), 100, NOW, NOW, RULES))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesWithTheReason() {
        assertThatThrownBy(() -> TimerPolicy.check(due("scheduler", NOW), 2, NOW, NOW, RULES))
                .isInstanceOf(RejectedMessage.class).hasMessageContaining("unknown timer owner 'scheduler'");
        assertThatThrownBy(() -> TimerPolicy.check(due("raid", NOW.minusSeconds(3601)), 2, NOW, NOW, RULES))
                .isInstanceOf(RejectedMessage.class).hasMessageContaining("in the past");
        assertThatThrownBy(() -> TimerPolicy.check(due("raid", NOW.plus(Duration.ofDays(401))), 2, NOW, NOW, RULES))
                .isInstanceOf(RejectedMessage.class).hasMessageContaining("ahead");
        assertThatThrownBy(() -> TimerPolicy.check(due("raid", NOW), 101, NOW, NOW, RULES))
                .isInstanceOf(RejectedMessage.class).hasMessageContaining("101 bytes is over the limit of 100");
    }

    @Test
    @DisplayName("lateness counts from when the timer was asked for: a request that waited while the scheduler was down still fires")
    void latenessFromTheRequest() {
        // GIVEN a clock moved to 10:30 by a vote at 10:20, handled by a scheduler that was down until 12:00
        Instant askedAt = NOW.minus(Duration.ofMinutes(100));
        ScheduleTimer moved = due("moderation", NOW.minus(Duration.ofMinutes(90)));
        // WHEN the scheduler checks it THEN it is taken (and fires at once), while the same due time asked for now is
        // refused
        assertThatCode(() -> TimerPolicy.check(moved, 2, NOW, askedAt, RULES)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TimerPolicy.check(moved, 2, NOW, NOW, RULES))
                .isInstanceOf(RejectedMessage.class).hasMessageContaining("in the past when it was asked for");
        // a request claiming to come from the future is measured from now
        assertThatThrownBy(() -> TimerPolicy.check(moved, 2, NOW, NOW.plusSeconds(60), RULES))
                .isInstanceOf(RejectedMessage.class);
    }

    @Test
    void instanceIdsRoundTripWithColonsInTheTimerId() {
        TimerRef ref = new TimerRef("moderation", "escalation:42:auto", 7);
        assertThat(TimerRef.parse(ref.instanceId())).isEqualTo(ref);
        assertThat(TimerFiring.firingId(ref)).isEqualTo(TimerFiring.firingId(TimerRef.parse(ref.instanceId())))
                .isNotEqualTo(TimerFiring.firingId(new TimerRef("moderation", "escalation:42:auto", 8)));
    }
}
