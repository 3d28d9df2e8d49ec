package community.platform.scheduler.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryWithBackoffTest {

    @Test
    void doublesFromOneSecondUpToThirty() {
        assertThat(RetryWithBackoff.delay(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryWithBackoff.delay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryWithBackoff.delay(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(RetryWithBackoff.delay(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryWithBackoff.delay(1000)).isEqualTo(Duration.ofSeconds(30));
    }
}
