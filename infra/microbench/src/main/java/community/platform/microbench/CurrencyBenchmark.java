package community.platform.microbench;

import community.platform.economy.game.GameRules.Currency;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * An amount as every economy reply shows it ({@code 🪙 12,500 Gold}): the service's {@link Currency#format} beside
 * {@code String.format("%,d")}, which it used before and which was half of rendering a reply in the service's profile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CurrencyBenchmark {

    private final Currency gold = new Currency("gold", "Gold", "🪙");
    private long amount = 1_234_567;

    @Benchmark
    public String service() {
        return gold.format(amount++);
    }

    @Benchmark
    public String stringFormat() {
        return gold.emoji() + " " + String.format("%,d", amount++) + " " + gold.name();
    }
}
