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

    @Test
    @DisplayName("GIVEN a ladder from 300/s WHEN the pace is 400/s THEN the paced run goes before the first step above "
            + "it (469/s); WHEN the pace is 200/s, below the ladder THEN after the ladder's first step, not before it")
    void thePacedRunGoesAfterTheLaddersFirstStep() {
        // GIVEN the ladder 300, 375, 469 and a pace of 400/s
        assertThat(ClickBenchmark.pacedBefore(300, 300, 400)).isFalse();
        assertThat(ClickBenchmark.pacedBefore(375, 300, 400)).isFalse();
        assertThat(ClickBenchmark.pacedBefore(469, 300, 400)).isTrue();
        // GIVEN a pace below the ladder's start: never before its first step, before its second
        assertThat(ClickBenchmark.pacedBefore(300, 300, 200)).isFalse();
        assertThat(ClickBenchmark.pacedBefore(375, 300, 200)).isTrue();
        // GIVEN no pace (the bare bot's is not known yet): never inside the ladder
        assertThat(ClickBenchmark.pacedBefore(469, 300, Double.NaN)).isFalse();
    }

    private static ClickBenchmark.Phase step(double target, double offered, long late, long missing) {
        return new ClickBenchmark.Phase(target, (int) (target * 10), offered, null, null, late, missing, Map.of(), null,
                Map.of(), null, null);
    }
}
