package community.platform.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The CPU time processes have used, read before and after a phase: what a phase's work cost, beside the whole
 * machine's busy time (every process on it, from {@code /proc/stat}). A part is the processes it names when read (so
 * PostgreSQL's part can name the backends its postmaster has started by then).
 */
final class CpuMeter {

    /** {@code /proc/stat} counts in USER_HZ, which Linux fixes at 100 per second for user space. */
    private static final long USER_HZ = 100;

    private final Map<String, Supplier<Stream<ProcessHandle>>> parts;

    /** @param parts each part's name (in the order to report them) and its processes as they are when read */
    CpuMeter(Map<String, Supplier<Stream<ProcessHandle>>> parts) {
        this.parts = new LinkedHashMap<>(parts);
    }

    /** A part of one process alone (not the processes it started). */
    static Supplier<Stream<ProcessHandle>> only(ProcessHandle process) {
        return () -> Stream.of(process);
    }

    /** A part of a process with every process it has started (a postmaster and its backends). */
    static Supplier<Stream<ProcessHandle>> withChildren(ProcessHandle process) {
        return () -> Stream.concat(Stream.of(process), process.descendants());
    }

    /** A meter of these parts and those of {@code more}. */
    CpuMeter and(Map<String, Supplier<Stream<ProcessHandle>>> more) {
        Map<String, Supplier<Stream<ProcessHandle>>> all = new LinkedHashMap<>(parts);
        all.putAll(more);
        return new CpuMeter(all);
    }

    Reading read() {
        Map<String, Duration> used = new LinkedHashMap<>();
        parts.forEach((name, processes) -> used.put(name, processes.get()
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus)));
        return new Reading(used, machineBusy());
    }

    /** CPU time used by each part and by the whole machine, from some point on. */
    record Reading(Map<String, Duration> parts, Duration machine) {

        /** Nothing measured. */
        static final Reading NONE = new Reading(Map.of(), Duration.ZERO);

        /** What was used between {@code before} and this reading. */
        Reading since(Reading before) {
            Map<String, Duration> used = new LinkedHashMap<>();
            parts.forEach((name, d) -> used.put(name, d.minus(before.parts().getOrDefault(name, Duration.ZERO))));
            return new Reading(used, machine.minus(before.machine()));
        }

        /** Milliseconds of CPU per unit of work, {@code units} of it done in this reading's time. */
        static double msPer(Duration used, long units) {
            return units == 0 ? Double.NaN : used.toNanos() / 1e6 / units;
        }
    }

    /** The machine's busy time so far: user, nice, system, interrupts and steal of every core. */
    static Duration machineBusy() {
        String line;
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            line = lines.filter(l -> l.startsWith("cpu ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("/proc/stat has no cpu line"));
        } catch (IOException e) {
            throw new UncheckedIOException("the machine's CPU time is read from /proc/stat (Linux)", e);
        }
        String[] f = line.trim().split("\\s+");
        // cpu user nice system idle iowait irq softirq steal ...
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(f[i]);
        }
        return Duration.ofMillis(busy * 1000 / USER_HZ);
    }
}
