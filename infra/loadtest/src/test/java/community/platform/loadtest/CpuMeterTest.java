package community.platform.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    @DisplayName("GIVEN two readings WHEN the later is taken since the earlier THEN each part and the machine show only "
            + "the CPU time used between them, per unit of work on request")
    void usedBetweenTwoReadings() {
        CpuMeter.Reading before = new CpuMeter.Reading(Map.of("bot", Duration.ofMillis(1_000)), Duration.ofSeconds(9));
        CpuMeter.Reading after = new CpuMeter.Reading(Map.of("bot", Duration.ofMillis(1_500)), Duration.ofSeconds(11));

        CpuMeter.Reading phase = after.since(before);

        assertThat(phase.parts()).containsEntry("bot", Duration.ofMillis(500));
        assertThat(phase.machine()).isEqualTo(Duration.ofSeconds(2));
        assertThat(CpuMeter.Reading.msPer(phase.machine(), 1_000)).isEqualTo(2.0);
        assertThat(CpuMeter.Reading.msPer(phase.machine(), 0)).isNaN();
    }

    @Test
    @DisplayName("GIVEN a meter of this JVM WHEN it works for 200 ms of CPU THEN its part shows them and the machine's "
            + "busy time (every process) grew by about as much or more")
    void thisProcessAndTheMachine() {
        CpuMeter meter = new CpuMeter(Map.of("this JVM", CpuMeter.only(ProcessHandle.current())));
        CpuMeter.Reading before = meter.read();

        long spins = 0;
        while (meter.read().since(before).parts().get("this JVM").compareTo(Duration.ofMillis(200)) < 0) {
            spins++;
        }
        CpuMeter.Reading used = meter.read().since(before);

        assertThat(spins).isPositive();
        assertThat(used.parts().get("this JVM")).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        // the machine's counters are sampled at the kernel's ticks on each core, a process's time is scaled to its
        // threads' exact run time: over a fraction of a second they differ by several ticks on a busy VM, so the
        // machine must show most of the work, not all of it (a meter that missed it would show none)
        assertThat(used.machine()).isGreaterThanOrEqualTo(used.parts().get("this JVM").multipliedBy(7).dividedBy(10));
    }
}
