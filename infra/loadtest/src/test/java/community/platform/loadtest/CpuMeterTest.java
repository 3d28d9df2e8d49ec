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
        CpuMeter.Reading before = reading(1_000, 9_000, 100, Map.of("poller", 300L, "worker-#", 700L));
        CpuMeter.Reading after = reading(1_500, 11_000, 1_100, Map.of("poller", 350L, "worker-#", 650L,
                "late", 500L));

        CpuMeter.Reading phase = after.since(before);

        assertThat(phase.parts()).containsEntry("bot", Duration.ofMillis(500));
        assertThat(phase.machine()).isEqualTo(Duration.ofSeconds(2));
        assertThat(phase.wall()).isEqualTo(Duration.ofSeconds(1));
        // a thread started between them counts from nothing; a name whose threads partly ended never goes below zero
        assertThat(phase.threads().get("bot")).containsEntry("poller", Duration.ofMillis(50))
                .containsEntry("late", Duration.ofMillis(500)).containsEntry("worker-#", Duration.ZERO);
        assertThat(phase.percentOfCore(phase.parts().get("bot"))).isEqualTo(50.0);
        assertThat(phase.threadsNamed("poll")).isEqualTo(Duration.ofMillis(50));
        assertThat(phase.threadsNamed("nothing")).isZero();
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

    @Test
    @DisplayName("GIVEN 5 s with nothing to do and a 10 s run WHEN the run is taken beyond idle THEN each part, thread and "
            + "the machine show what they used less twice what they used idle (as long again), below zero if less")
    void beyondIdleScalesIdleToTheRunsLength() {
        CpuMeter.Reading idle = reading(500, 1_000, 5_000, Map.of("poller", 250L, "worker-#", 0L));
        CpuMeter.Reading run = reading(4_000, 9_000, 10_000, Map.of("poller", 400L, "worker-#", 3_000L));

        CpuMeter.Reading beyond = run.beyond(idle);

        assertThat(beyond.parts()).containsEntry("bot", Duration.ofMillis(3_000));
        assertThat(beyond.machine()).isEqualTo(Duration.ofMillis(7_000));
        assertThat(beyond.threads().get("bot")).containsEntry("poller", Duration.ofMillis(-100))
                .containsEntry("worker-#", Duration.ofMillis(3_000));
        assertThat(beyond.wall()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("GIVEN a thread's stat line whose name holds spaces and parentheses WHEN read THEN its user and system "
            + "ticks (fields 14 and 15) in milliseconds; numbered threads of one kind grouped under one name")
    void aThreadsStatLine() {
        String stat = "4242 (JDA (x) Read 2) S 1 4200 4200 0 -1 4194368 1201 0 0 0 137 25 0 0 20 0 58 0 9000 "
                + "5000000000 60000 18446744073709551615";

        assertThat(CpuMeter.threadTime(stat)).isEqualTo(Duration.ofMillis(1_620));
        assertThat(CpuMeter.threadGroup("pool-3-thread-12")).isEqualTo("pool-#-thread-#");
        assertThat(CpuMeter.threadGroup("kafka-producer-")).isEqualTo("kafka-producer-");
    }

    @Test
    @DisplayName("GIVEN this JVM WHEN its threads are read from /proc THEN they hold most of the process's CPU time, "
            + "under names")
    void thisProcessesThreads() {
        long pid = ProcessHandle.current().pid();
        Duration process = ProcessHandle.current().info().totalCpuDuration().orElseThrow();

        Map<String, Duration> threads = CpuMeter.threads(pid);

        assertThat(threads).isNotEmpty();
        Duration sum = threads.values().stream().reduce(Duration.ZERO, Duration::plus);
        // ended threads (the JVM's start, earlier tests) take their time with them; ticks are 10 ms
        assertThat(sum).isPositive().isLessThanOrEqualTo(process.plusMillis(100));
        assertThat(CpuMeter.threads(Long.MAX_VALUE)).isEmpty();
    }

    private static CpuMeter.Reading reading(long botMs, long machineMs, long wallMs, Map<String, Long> threadsMs) {
        Map<String, Duration> threads = new java.util.TreeMap<>();
        threadsMs.forEach((name, ms) -> threads.put(name, Duration.ofMillis(ms)));
        return new CpuMeter.Reading(Map.of("bot", Duration.ofMillis(botMs)), Duration.ofMillis(machineMs),
                Duration.ofMillis(wallMs), Map.of("bot", threads));
    }
}
