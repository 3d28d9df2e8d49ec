package community.platform.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's own timers, read from its Prometheus endpoint as cumulative histograms (timers that publish their
 * percentile histogram): two readings taken around a phase give that phase's distribution, whatever ran before it,
 * which a service's own sliding-window percentiles do not.
 */
final class ServiceTimers {

    private static final Pattern BUCKET = Pattern.compile("^(\\w+)_seconds_bucket\\{(?:.*,)?le=\"([^\"]+)\".*} (\\S+)$");

    private final URI prometheus;
    private final List<String> timers;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One step of a command's way through the services, as a service's own timer measures it. */
    record Step(String what, String service, String timer) {
    }

    /** A phase's result, with what the timers measured while it ran. */
    record Measured<T>(T result, Reading steps) {
    }

    /** The steps of a command through one service and its outbox relay, in the order taken. */
    static List<Step> commandSteps(String service) {
        return List.of(
                new Step("produced -> the service takes up its poll", service, "platform.messages.waited"),
                new Step("produced -> its answer committed", service, "platform.messages.committed"),
                new Step("answer written -> handed to the outbox relay by Debezium", service, "platform.relay.read"),
                new Step("answer written -> relayed to Kafka (acknowledged)", service, "platform.relay.sent"));
    }

    /**
     * The table of {@code steps} of the run named {@code what}, each from what its service's timers measured
     * ({@code byService}), each figure the upper bound of its histogram bucket; its title, header and rows, the
     * caller's own rows may follow.
     */
    static void printSteps(String what, List<Step> steps, Map<String, Reading> byService) {
        System.out.printf(Locale.ROOT, "%n%s step by step (the services' own timers; each figure the upper bound of its "
                + "histogram bucket)%n%n", what);

        System.out.printf(Locale.ROOT, "| step | service | samples | p50 ms | p99 ms |%n|---|---|---|---|---|%n");
        for (Step step : steps) {
            Reading r = byService.get(step.service());
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %.0f | %.0f |%n", step.what(), step.service(),
                    r.count(step.timer()), r.quantileMs(step.timer(), 0.5), r.quantileMs(step.timer(), 0.99));
        }
    }

    /** @param timers the timers' names as the service registers them ({@code gateway.interaction.ack}) */
    ServiceTimers(URI prometheus, List<String> timers) {
        this.prometheus = prometheus;
        this.timers = timers;
    }

    /** One reading: for each timer, the count of samples at or under each bucket's upper bound in seconds. */
    record Reading(Map<String, TreeMap<Double, Double>> buckets) {

        /** The samples between {@code before} and this reading. */
        Reading since(Reading before) {
            Map<String, TreeMap<Double, Double>> out = new LinkedHashMap<>();
            buckets.forEach((timer, now) -> {
                TreeMap<Double, Double> then = before.buckets.getOrDefault(timer, new TreeMap<>());
                TreeMap<Double, Double> diff = new TreeMap<>();
                now.forEach((le, n) -> diff.put(le, n - then.getOrDefault(le, 0.0)));
                out.put(timer, diff);
            });
            return new Reading(out);
        }

        /**
         * The upper bound (ms) of the bucket the {@code q}-quantile falls in (the histogram's resolution: a step of
         * its buckets), NaN without samples.
         */
        double quantileMs(String timer, double q) {
            TreeMap<Double, Double> b = buckets.getOrDefault(timer, new TreeMap<>());
            double total = b.isEmpty() ? 0 : b.lastEntry().getValue();
            if (total <= 0) {
                return Double.NaN;
            }
            for (var e : b.entrySet()) {
                if (e.getValue() >= q * total) {
                    return e.getKey() * 1000;
                }
            }
            return Double.NaN;
        }

        long count(String timer) {
            TreeMap<Double, Double> b = buckets.getOrDefault(timer, new TreeMap<>());
            return b.isEmpty() ? 0 : Math.round(b.lastEntry().getValue());
        }
    }

    /** Runs {@code phase}, with these timers read before and after it. */
    <T> Measured<T> during(Callable<T> phase) throws Exception {
        Reading before = read();
        T result = phase.call();
        return new Measured<>(result, read().since(before));
    }

    Reading read() {
        String text;
        try {
            text = http.send(HttpRequest.newBuilder(prometheus).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + prometheus, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return parse(text, timers);
    }

    static Reading parse(String prometheusText, List<String> timers) {
        Map<String, TreeMap<Double, Double>> out = new LinkedHashMap<>();
        timers.forEach(t -> out.put(t, new TreeMap<>()));
        for (String line : prometheusText.split("\n")) {
            Matcher m = BUCKET.matcher(line);
            if (m.matches()) {
                String timer = m.group(1).replace('_', '.');
                TreeMap<Double, Double> b = out.get(timer);
                if (b != null) {
                    double le = m.group(2).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(2));
                    b.merge(le, Double.parseDouble(m.group(3)), Double::sum);
                }
            }
        }
        return new Reading(out);
    }
}
