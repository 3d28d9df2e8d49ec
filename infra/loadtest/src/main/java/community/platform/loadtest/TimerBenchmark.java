package community.platform.loadtest;

import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.testkit.CommandSender;
import community.platform.testkit.KafkaBroker;
import community.platform.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Durable timers under load, one run: N timers are armed while none is due yet, then come due spread over a window;
 * the lag from each due time to its {@code TimerFired} arriving on Kafka (outbox, Debezium and all) is measured. The
 * same run then arms N timers all due at one instant, whose drain rate is the firing ceiling the spread rate is set
 * against. The scheduler runs as its own JVM from its jar, as in production. Run with {@code bin/benchmark timers}.
 */
public final class TimerBenchmark {

    private static final MessageCodec CODEC = new MessageCodec();

    record Phase(String name, int timers, double dueRate, double firedPerSecond, Percentiles lag) {
    }

    public static void main(String[] args) throws Exception {
        int timers = 10_000;
        double spreadSeconds = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--timers" -> timers = Integer.parseInt(args[++i]);
                case "--spread-seconds" -> spreadSeconds = Double.parseDouble(args[++i]);
                default -> {
                    System.err.println("usage: bin/benchmark timers [--timers N] [--spread-seconds S]");
                    System.exit(2);
                }
            }
        }
        Path dir = Files.createTempDirectory("timer-benchmark");
        ServiceProcess scheduler = null;
        try (PostgresServer pg = PostgresServer.start(dir.resolve("pg"), KafkaBroker.freePort());
             KafkaProcess kafka = KafkaProcess.start(dir)) {
            pg.createDatabase("bench");
            String url = pg.jdbcUrl("bench");
            scheduler = ServiceProcess.start("scheduler", dir, ServiceProcess.infra(pg, "bench", kafka));
            List<Phase> phases = new ArrayList<>();
            try (CommandSender sender = new CommandSender(kafka.bootstrapServers());
                 KafkaConsumer<String, byte[]> firings = consumer(kafka.bootstrapServers())) {
                System.out.printf(Locale.ROOT, "warm-up: 1,000 timers over 2 s ...%n");
                run("warm-up", sender, firings, url, 1_000, 2);
                System.out.printf(Locale.ROOT, "%d timers due over %.0f s ...%n", timers, spreadSeconds);
                phases.add(run("spread", sender, firings, url, timers, spreadSeconds));
                System.out.printf(Locale.ROOT, "%d timers due at one instant ...%n", timers);
                phases.add(run("burst", sender, firings, url, timers, 0));
            }
            System.out.println();
            System.out.println("| timers | due rate /s | fired /s | lag due -> on Kafka p50 ms | p99 ms | max ms |");
            System.out.println("|---|---|---|---|---|---|");
            for (Phase p : phases) {
                System.out.printf(Locale.ROOT, "| %d %s | %s | %.0f | %.0f | %.0f | %.0f |%n", p.timers(), p.name(),
                        p.dueRate() > 0 ? String.format(Locale.ROOT, "%.0f", p.dueRate()) : "all at once",
                        p.firedPerSecond(), p.lag().p50(), p.lag().p99(), p.lag().max());
            }
            System.out.printf(Locale.ROOT, "%nspread due rate / firing ceiling (burst drain rate): %.2f%n",
                    phases.get(0).dueRate() / phases.get(1).firedPerSecond());
        } finally {
            if (scheduler != null) {
                scheduler.close();
            }
        }
        System.exit(0);
    }

    /** Arms {@code n} timers due from 20 s ahead over {@code spreadSeconds} (0: all at once), then collects them. */
    static Phase run(String name, CommandSender sender, KafkaConsumer<String, byte[]> firings, String url, int n,
                     double spreadSeconds) throws Exception {
        String run = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        Instant first = Instant.now().plusSeconds(20);
        var payload = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < n; i++) {
            Instant due = first.plusNanos((long) (spreadSeconds * 1e9 * i / n));
            var t = new ScheduleTimer("1", "moderation", run + "-" + i, run + "-" + (i % 500), due, payload);
            sender.sendAsync(Topics.SCHEDULER_COMMANDS.name(), t.key(), UUID.randomUUID().toString(), t);
        }
        sender.flush();
        awaitArmed(url, run, n, first);
        long[] lag = new long[n];
        Set<String> seen = new HashSet<>();
        Instant last = first;
        long deadline = System.nanoTime() + Duration.ofSeconds((long) spreadSeconds + 300).toNanos();
        while (seen.size() < n && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> r : firings.poll(Duration.ofMillis(50))) {
                Instant arrived = Instant.now();
                if (r.key() == null || !r.key().startsWith(run)) {
                    continue;
                }
                TimerFired f = (TimerFired) CODEC.decode(new String(r.headers().lastHeader("ce_type").value()),
                        r.value());
                if (seen.add(f.timerId())) {
                    lag[seen.size() - 1] = Duration.between(f.dueAt(), arrived).toNanos();
                    last = arrived;
                }
            }
        }
        if (seen.size() < n) {
            throw new IllegalStateException(name + ": only " + seen.size() + " of " + n + " timers fired");
        }
        double window = Math.max(Duration.between(first, last).toNanos() / 1e9, 1e-3);
        return new Phase(name, n, spreadSeconds > 0 ? n / spreadSeconds : 0, n / window, Percentiles.of(lag, n));
    }

    /** Every timer of the run is pending before the first one is due, so the figures are about firing only. */
    static void awaitArmed(String url, String run, int n, Instant first) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
            while (true) {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from scheduler.timer where timer_id like '" + run + "-%'")) {
                    rs.next();
                    if (rs.getInt(1) == n) {
                        return;
                    }
                }
                if (Instant.now().isAfter(first)) {
                    throw new IllegalStateException("arming " + n + " timers took longer than 20 s");
                }
                Thread.sleep(100);
            }
        }
    }

    static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "timer-benchmark-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(Topics.MODERATION_COMMANDS.name()));
        return consumer;
    }
}
