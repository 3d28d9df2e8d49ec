package community.platform.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScaledClockTest {

    @Test
    @DisplayName("a clock at scale 3600 moves about an hour per real second")
    void runsFaster() throws InterruptedException {
        ScaledClock clock = new ScaledClock(Clock.systemUTC(), 3600);
        Instant before = clock.instant();
        Thread.sleep(50);
        Duration passed = Duration.between(before, clock.instant());
        assertThat(passed).isGreaterThanOrEqualTo(Duration.ofSeconds(170));
    }

    @Test
    @DisplayName("real durations shrink by the scale, and a non-positive scale is refused")
    void realDuration() {
        ScaledClock clock = new ScaledClock(Clock.systemUTC(), 3600);
        assertThat(clock.realDurationOf(Duration.ofHours(24))).isEqualTo(Duration.ofSeconds(24));
        assertThatThrownBy(() -> new ScaledClock(Clock.systemUTC(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ScaledClock.of(1.0)).isEqualTo(Clock.systemUTC());
    }

    @Test
    @DisplayName("GIVEN a clock at scale 600 since a fixed instant WHEN a real instant is mapped THEN it lands where the clock stood then; unscaled clocks map to themselves")
    void platformTimeOfARealInstant() {
        Instant since = Instant.parse("2026-11-30T10:00:00Z");
        Clock fixed = Clock.fixed(since.plusSeconds(10), java.time.ZoneOffset.UTC);
        ScaledClock clock = new ScaledClock(fixed, 600, since);
        assertThat(clock.platformTimeOf(since.plusSeconds(10))).isEqualTo(since.plusSeconds(6000));
        assertThat(clock.platformTimeOf(since.plusSeconds(11))).isEqualTo(since.plusSeconds(6600));
        assertThat(ScaledClock.platformTimeOf(Clock.systemUTC(), since)).isEqualTo(since);
    }
}
