package community.platform.loadtest;

import community.platform.testkit.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

    /** A meter of these processes, each a part alone (not the processes it started). */
    static CpuMeter ofEach(Map<String, ProcessHandle> processes) {
        Map<String, Supplier<Stream<ProcessHandle>>> parts = new LinkedHashMap<>();
        processes.forEach((name, process) -> parts.put(name, only(process)));
        return new CpuMeter(parts);
    }

    /** A meter of this JVM alone (the benchmark's own clients), named "benchmark". */
    static CpuMeter thisJvm() {
        return ofEach(Map.of("benchmark", ProcessHandle.current()));
    }

    /** A part of one process alone (not the processes it started). */
    static Supplier<Stream<ProcessHandle>> only(ProcessHandle process) {
        return () -> Stream.of(process);
    }

    /** A part of a process with every process it has started (a postmaster and its backends). */
    static Supplier<Stream<ProcessHandle>> withChildren(ProcessHandle process) {
        return () -> Stream.concat(Stream.of(process), process.descendants());
    }

    /** A part of a PostgreSQL server: its postmaster with every backend it has started. */
    static Supplier<Stream<ProcessHandle>> postgres(PostgresServer pg) {
        return withChildren(pg.postmaster().orElseThrow(
                () -> new IllegalStateException("PostgreSQL's postmaster is not known")));
    }

    /** A meter of these parts and those of {@code more}. */
    CpuMeter and(Map<String, Supplier<Stream<ProcessHandle>>> more) {
        Map<String, Supplier<Stream<ProcessHandle>>> all = new LinkedHashMap<>(parts);
        all.putAll(more);
        return new CpuMeter(all);
    }

    Reading read() {
        Map<String, Duration> used = new LinkedHashMap<>();
        Map<String, Map<String, Duration>> threads = new LinkedHashMap<>();
        parts.forEach((name, processes) -> {
            List<ProcessHandle> now = processes.get().toList();
            used.put(name, now.stream().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                    .reduce(Duration.ZERO, Duration::plus));
            Map<String, Duration> byName = new TreeMap<>();
            now.forEach(p -> threads(p.pid()).forEach((thread, d) -> byName.merge(thread, d, Duration::plus)));
            threads.put(name, byName);
        });
        return new Reading(used, machineBusy(), Duration.ofNanos(System.nanoTime()), threads);
    }

    /**
     * CPU time used by each part and by the whole machine, from some point on ({@code wall}: the time it covers), with
     * each part's threads by {@linkplain #threadGroup name}.
     */
    record Reading(Map<String, Duration> parts, Duration machine, Duration wall,
                   Map<String, Map<String, Duration>> threads) {

        /** Nothing measured. */
        static final Reading NONE = new Reading(Map.of(), Duration.ZERO, Duration.ZERO, Map.of());

        /**
         * What was used between {@code before} and this reading. A thread that ended between them takes its time with
         * it (its part's total still counts it), so a name's time is never below zero.
         */
        Reading since(Reading before) {
            Map<String, Map<String, Duration>> byThread = new LinkedHashMap<>();
            threads.forEach((part, now) -> byThread.put(part, minus(now,
                    before.threads().getOrDefault(part, Map.of()))));
            return new Reading(minus(parts, before.parts()), machine.minus(before.machine()),
                    wall.minus(before.wall()), byThread);
        }

        /**
         * What this reading used beyond what {@code idle} (a reading of the same parts with nothing to do) would have
         * used in as much time: the work of what ran in it. Negative where the work used less than idle did.
         */
        Reading beyond(Reading idle) {
            double scale = idle.wall().isZero() ? 0 : (double) wall.toNanos() / idle.wall().toNanos();
            Map<String, Map<String, Duration>> byThread = new LinkedHashMap<>();
            threads.forEach((part, used) -> byThread.put(part, minusScaled(used,
                    idle.threads().getOrDefault(part, Map.of()), scale)));
            return new Reading(minusScaled(parts, idle.parts(), scale),
                    machine.minus(scaled(idle.machine(), scale)), wall, byThread);
        }

        /** The time of every part's threads whose {@linkplain #threadGroup name} starts with {@code prefix}. */
        Duration threadsNamed(String prefix) {
            return threads.values().stream().flatMap(t -> t.entrySet().stream())
                    .filter(t -> t.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                    .reduce(Duration.ZERO, Duration::plus);
        }

        /** {@code used} as a share of one core over this reading's time, in percent. */
        double percentOfCore(Duration used) {
            return wall.isZero() ? Double.NaN : 100.0 * used.toNanos() / wall.toNanos();
        }

        /** Milliseconds of CPU per unit of work, {@code units} of it done in this reading's time. */
        static double msPer(Duration used, long units) {
            return units == 0 ? Double.NaN : used.toNanos() / 1e6 / units;
        }

        private static Map<String, Duration> minus(Map<String, Duration> now, Map<String, Duration> before) {
            Map<String, Duration> used = new LinkedHashMap<>();
            now.forEach((name, d) -> {
                Duration diff = d.minus(before.getOrDefault(name, Duration.ZERO));
                used.put(name, diff.isNegative() ? Duration.ZERO : diff);
            });
            return used;
        }

        private static Map<String, Duration> minusScaled(Map<String, Duration> used, Map<String, Duration> idle,
                                                         double scale) {
            Map<String, Duration> beyond = new LinkedHashMap<>();
            used.forEach((name, d) -> beyond.put(name,
                    d.minus(scaled(idle.getOrDefault(name, Duration.ZERO), scale))));
            return beyond;
        }

        private static Duration scaled(Duration d, double scale) {
            return Duration.ofNanos(Math.round(d.toNanos() * scale));
        }
    }

    /**
     * Prints, for {@code who}, each part's CPU at idle and in {@code used} (each as a share of one core over its own
     * time) and what {@code used} took beyond idle per unit of work; then each part's {@code top} threads by their share
     * in {@code used}, the same way. Markdown tables, their header first when {@code header}.
     */
    static void printBeyondIdle(String who, Reading idle, Reading used, long units, int top, boolean header) {
        Reading beyond = used.beyond(idle);
        if (header) {
            System.out.println("| run | process | thread | idle, % of a core | in the run, % of a core "
                    + "| beyond idle, ms per unit |");
            System.out.println("|---|---|---|---|---|---|");
        }
        String row = "| %s | %s | %s | %.1f | %.1f | %.3f |%n";
        System.out.printf(Locale.ROOT, row, who, "machine", "(all)", idle.percentOfCore(idle.machine()),
                used.percentOfCore(used.machine()), Reading.msPer(beyond.machine(), units));
        used.parts().forEach((part, d) -> {
            System.out.printf(Locale.ROOT, row, who, part, "(all)",
                    idle.percentOfCore(idle.parts().getOrDefault(part, Duration.ZERO)), used.percentOfCore(d),
                    Reading.msPer(beyond.parts().get(part), units));
            Map<String, Duration> threads = used.threads().getOrDefault(part, Map.of());
            Map<String, Duration> idleThreads = idle.threads().getOrDefault(part, Map.of());
            threads.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(top)
                    .forEach(t -> System.out.printf(Locale.ROOT, row, who, part, t.getKey(),
                            idle.percentOfCore(idleThreads.getOrDefault(t.getKey(), Duration.ZERO)),
                            used.percentOfCore(t.getValue()),
                            Reading.msPer(beyond.threads().get(part).get(t.getKey()), units)));
        });
    }

    /**
     * The CPU time of each of a process's live threads, summed by {@linkplain #threadGroup name}, from
     * {@code /proc/<pid>/task} (empty once the process has ended or where there is no such folder).
     */
    static Map<String, Duration> threads(long pid) {
        Map<String, Duration> byName = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    byName.merge(threadGroup(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))),
                            threadTime(stat), Duration::plus);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended between the listing and the read: its time went with it
                }
            });
        } catch (IOException | UncheckedIOException ended) {
            return Map.of();
        }
        return byName;
    }

    /**
     * The user and system time in a {@code /proc/<pid>/task/<tid>/stat} line: fields 14 and 15, counted after the
     * command's closing parenthesis (a command may hold spaces and parentheses).
     */
    static Duration threadTime(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (the state), so field n is f[n - 3]
        return Duration.ofMillis((Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / USER_HZ);
    }

    /**
     * A thread's name (Linux keeps its first 15 characters) with each run of digits as {@code #}: the threads of one
     * pool ({@code pool-3-thread-1}, {@code pool-3-thread-2}) or of one kind (a client's numbered threads) as one.
     */
    static String threadGroup(String name) {
        return name.replaceAll("[0-9]+", "#");
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
