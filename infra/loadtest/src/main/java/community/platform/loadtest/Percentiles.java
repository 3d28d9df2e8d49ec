package community.platform.loadtest;

import java.util.Arrays;

/** Latency percentiles of a finished run, in milliseconds. */
record Percentiles(int count, double p50, double p99, double max) {

    static Percentiles of(long[] nanos, int count) {
        if (count == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Percentiles(count, ms(sorted[index(count, 0.50)]), ms(sorted[index(count, 0.99)]),
                ms(sorted[count - 1]));
    }

    private static int index(int count, double q) {
        return Math.min(count - 1, (int) Math.ceil(q * count) - 1);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
