package community.platform.loadtest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark's options ({@code --name value}): an option it does not know, or one without a value, prints its usage
 * and exits with status 2; a value that is not a number is named.
 */
final class BenchmarkArgs {

    private final Map<String, String> values;

    private BenchmarkArgs(Map<String, String> values) {
        this.values = values;
    }

    static BenchmarkArgs parse(String[] args, String usage, String... names) {
        Set<String> known = Set.of(names);
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!known.contains(args[i]) || i + 1 == args.length) {
                System.err.println("usage: " + usage);
                System.exit(2);
            }
            values.put(args[i], args[++i]);
        }
        return new BenchmarkArgs(values);
    }

    int whole(String name, int fallback) {
        return (int) number(name, fallback);
    }

    double number(String name, double fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            System.err.println(name + " takes a number, not '" + v + "'");
            System.exit(2);
            return fallback;
        }
    }
}
