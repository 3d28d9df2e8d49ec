package community.platform.loadtest;

import java.time.Duration;
import java.util.Locale;

/**
 * Before a paced run, the load at its pace in rounds until the measured JVMs' just-in-time compilers settle: a service
 * runs for days, and a run beside its compilers measures its start (at 200 clicks/s the gateway's and voting's
 * compilers used a quarter of the machine's CPU in a run right after the ladder's first step, and took 15 rounds of
 * 5 s to fall under a tenth of a core, 2026-12-04).
 */
final class JitSettling {

    /** The JVMs' compiler threads, as {@link CpuMeter#threadGroup} names them. */
    static final String COMPILERS = "C# CompilerThre";
    /** Settled: the compilers together used less of one core than this in a round. */
    static final double SETTLED_PERCENT = 10;
    /** How long one round lasts at its pace. */
    static final Duration ROUND = Duration.ofSeconds(5);
    /** At most this many rounds, unless a benchmark's {@code --settle-rounds} says otherwise. */
    static final int ROUNDS = 30;

    /** One round of the load at its pace; returns what to print of it (its rate or latency). */
    interface Round {
        String run() throws Exception;
    }

    private JitSettling() {
    }

    /**
     * Rounds until the compilers of {@code cpu}'s processes together used less than {@link #SETTLED_PERCENT} of a core
     * in one, at most {@code rounds}, each printed.
     */
    static void settle(String who, String pace, CpuMeter cpu, int rounds, Round round) throws Exception {
        if (rounds <= 0) {
            System.out.printf(Locale.ROOT, "%s: no settling rounds (--settle-rounds %d): the JIT may still be busy%n",
                    who, rounds);
            return;
        }
        for (int r = 1; r <= rounds; r++) {
            CpuMeter.Reading from = cpu.read();
            String figures = round.run();
            CpuMeter.Reading used = cpu.read().since(from);
            double compilers = used.percentOfCore(used.threadsNamed(COMPILERS));
            System.out.printf(Locale.ROOT, "%s: settling at %s, round %d: the JIT compilers %.1f%% of a core, %s%n",
                    who, pace, r, compilers, figures);
            if (compilers < SETTLED_PERCENT) {
                return;
            }
        }
        System.out.printf(Locale.ROOT, "%s: the JIT compilers still busy after %d rounds%n", who, rounds);
    }
}
