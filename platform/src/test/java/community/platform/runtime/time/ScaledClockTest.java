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
}
