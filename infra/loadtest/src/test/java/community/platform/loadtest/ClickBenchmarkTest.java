package community.platform.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClickBenchmarkTest {

    @Test
    @DisplayName("GIVEN a step of 733 clicks/s whose members offered only 662/s, every click in time WHEN its rate is "
            + "counted THEN the bot carried 662/s, not the step's 733")
    void aStepCountsAtTheRateOffered() {
        assertThat(step(733, 662, 0, 0).carried()).isEqualTo(662);
    }

    @Test
    @DisplayName("GIVEN a step offered at its full rate (a little over it, from timing) WHEN its rate is counted THEN "
            + "the step's own rate")
    void aStepOfferedInFullCountsAtItsRate() {
        assertThat(step(469, 471.3, 0, 0).carried()).isEqualTo(469);
    }

    @Test
    @DisplayName("GIVEN a step with one acknowledgement late or one click never shown WHEN its rate is counted THEN "
            + "nothing: it was not sustained")
    void aStepThatLostAClickCountsNothing() {
        assertThat(step(300, 300, 1, 0).carried()).isZero();
        assertThat(step(300, 300, 0, 1).carried()).isZero();
    }

    private static ClickBenchmark.Phase step(double target, double offered, long late, long missing) {
        return new ClickBenchmark.Phase(target, (int) (target * 10), offered, null, null, late, missing, Map.of(), null,
                Map.of(), null);
    }
}
