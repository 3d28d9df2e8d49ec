package community.platform.loadtest;

import community.platform.contracts.Topics;
import community.platform.contracts.probe.SendProbe;
import community.platform.testkit.CommandSender;
import community.platform.testkit.KafkaBroker;
import community.platform.testkit.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run, figures side by side: the raw JDBC commit ceiling of the probe's single-row transactions on a PostgreSQL,
 * then commands/s and produce-to-event latency through the real economy service on the same PostgreSQL and a real
 * Kafka (command topic -> consumer -> inbox + state + outbox -> Debezium -> events topic), at full speed and at half
 * that rate; optionally the devstack's start-up time and resident memory. Run with {@code bin/benchmark}.
 */
public final class BackboneBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param toHandler produce -> the handler ran (ProbeEchoed.echoedAt - sentAt): Kafka, the consumer's fetch, the poll
     * @param toEvent   the handler ran -> event received: rest of the poll, commit, Debezium, Kafka
     */
    record Run(int commands, double perSecond, Percentiles latency, Percentiles toHandler, Percentiles toEvent) {
    }

    public static void main(String[] args) throws Exception {
        int commands = 20_000;
        int clients = 8;
        int keys = 1_000;
        Duration baselineTime = Duration.ofSeconds(15);
        boolean withDevstack = false;
        int consumerThreads = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--commands" -> commands = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--keys" -> keys = Integer.parseInt(args[++i]);
                case "--baseline-seconds" -> baselineTime = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--with-devstack" -> withDevstack = true;
                case "--consumer-threads" -> consumerThreads = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: bin/benchmark [--commands N] [--clients N] [--keys N] "
                            + "[--baseline-seconds S] [--consumer-threads N] [--with-devstack]");
                    System.exit(2);
                }
            }
        }
        Path dir = Files.createTempDirectory("benchmark");
        try (PostgresServer pg = PostgresServer.start(dir.resolve("pg"), KafkaBroker.freePort());
             KafkaBroker kafka = KafkaBroker.startOnFreePorts(dir.resolve("kafka"))) {
            pg.createDatabase("bench");
            String url = pg.jdbcUrl("bench");

            System.out.printf(Locale.ROOT, "raw JDBC ceiling: %d clients, %d s ...%n", clients, baselineTime.toSeconds());
            // the first seconds warm up the JIT and PostgreSQL's caches and are not counted
            RawCommitBaseline.commitsPerSecond(url, PostgresServer.USER, PostgresServer.PASSWORD, clients,
                    Duration.ofSeconds(3));
            double ceiling = RawCommitBaseline.commitsPerSecond(url, PostgresServer.USER, PostgresServer.PASSWORD,
                    clients, baselineTime);

            List<String> settings = new ArrayList<>(ServiceProcess.infra(pg, "bench", kafka));
            settings.add("--platform.kafka.consumer-threads=" + consumerThreads);
            ServiceProcess service = ServiceProcess.start("economy", dir, settings);
            Run full;
            Run half;
            Run quarter;
            try (Pipeline pipeline = new Pipeline(kafka.bootstrapServers(), keys)) {
                System.out.println("warm-up ...");
                pipeline.run(Math.min(5_000, commands), 0);
                System.out.printf(Locale.ROOT, "end to end, %d commands at full speed ...%n", commands);
                full = pipeline.run(commands, 0);
                System.out.printf(Locale.ROOT, "end to end, %d commands at %.0f/s (half) ...%n", commands / 2,
                        full.perSecond() / 2);
                half = pipeline.run(commands / 2, full.perSecond() / 2);
                System.out.printf(Locale.ROOT, "end to end, %d commands at %.0f/s (quarter) ...%n", commands / 4,
                        full.perSecond() / 4);
                quarter = pipeline.run(commands / 4, full.perSecond() / 4);
            } finally {
                service.close();
            }

            System.out.println();
            System.out.println("| path | commands/s | p50 ms | p99 ms | max ms | produce->handler p50/p99 ms "
                    + "| handler->event p50/p99 ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| raw JDBC, same transactions, %d clients (ceiling) | %.0f | | | | | |%n",
                    clients, ceiling);
            row("end to end, full speed", full);
            row("end to end, half of full speed", half);
            row("end to end, quarter of full speed", quarter);
            System.out.printf(Locale.ROOT, "%nratio end to end / ceiling: %.2f%n", full.perSecond() / ceiling);
        }
        if (withDevstack) {
            devstack();
        }
        System.exit(0);
    }

    private static void row(String name, Run r) {
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %.1f / %.1f | %.1f / %.1f |%n", name,
                r.perSecond(), r.latency().p50(), r.latency().p99(), r.latency().max(), r.toHandler().p50(),
                r.toHandler().p99(), r.toEvent().p50(), r.toEvent().p99());
    }

    /** Produces probe commands to the economy service and times each until its ProbeEchoed arrives. */
    static final class Pipeline implements AutoCloseable {
        private final CommandSender sender;
        private final KafkaConsumer<String, String> events;
        private final int keys;
        private final String commandsTopic = Topics.commandsOf("economy").name();

        Pipeline(String bootstrap, int keys) {
            this.sender = new CommandSender(bootstrap);
            this.keys = keys;
            events = TopicReader.subscribe(bootstrap, Topics.eventsOf("economy").name(), "earliest");
        }

        /** @param rate commands per second, 0 for as fast as the producer goes */
        Run run(int n, double rate) throws Exception {
            String runId = "r" + UUID.randomUUID().toString().substring(0, 8);
            long[] sentAt = new long[n];
            long[] latency = new long[n];
            long[] toHandler = new long[n];
            long[] toEvent = new long[n];
            boolean[] seen = new boolean[n];
            CountDownLatch done = new CountDownLatch(n);
            long[] lastArrival = new long[1];
            Thread collector = new Thread(() -> {
                while (done.getCount() > 0) {
                    for (ConsumerRecord<String, String> r : events.poll(Duration.ofMillis(50))) {
                        if (r.key() == null || !r.key().startsWith(runId)) {
                            continue;
                        }
                        long now = System.nanoTime();
                        Instant wallNow = Instant.now();
                        JsonNode node = JSON.readTree(r.value());
                        int seq = (int) node.get("sequence").asLong();
                        if (!seen[seq]) {
                            seen[seq] = true;
                            latency[seq] = now - sentAt[seq];
                            Instant sent = Instant.parse(node.get("sentAt").asString());
                            Instant echoed = Instant.parse(node.get("echoedAt").asString());
                            toHandler[seq] = Duration.between(sent, echoed).toNanos();
                            toEvent[seq] = Duration.between(echoed, wallNow).toNanos();
                            lastArrival[0] = now;
                            done.countDown();
                        }
                    }
                }
            }, "benchmark-collector");
            collector.start();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                String key = runId + "-" + (i % keys);
                sentAt[i] = System.nanoTime();
                sender.sendAsync(commandsTopic, key, UUID.randomUUID().toString(),
                        new SendProbe("1", key, i, Instant.now()));
            }
            sender.flush();
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("only " + (n - done.getCount()) + " of " + n + " events arrived");
            }
            collector.join();
            double seconds = (lastArrival[0] - start) / 1e9;
            return new Run(n, n / seconds, Percentiles.of(latency, n), Percentiles.of(toHandler, n),
                    Percentiles.of(toEvent, n));
        }

        @Override
        public void close() {
            sender.close();
            events.close();
        }
    }

    /**
     * Starts the devstack as a newcomer would (bin/devstack), twice on the same data folder: the first start unpacks
     * the service jars and has no class-data-sharing archive yet, every later start has both.
     */
    private static void devstack() throws Exception {
        Path root = Path.of(System.getProperty("benchmark.root", ".")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("devstack-bench");
        String pgPort = String.valueOf(KafkaBroker.freePort());
        for (String run : List.of("first start", "later start")) {
            List<String> cmd = new ArrayList<>(List.of(root.resolve("bin/devstack").toString(), "--no-build",
                    "--exit-after-start", "--data-dir", data.toString(), "--pg-port", pgPort,
                    "--kafka-port", String.valueOf(KafkaBroker.freePort()),
                    "--service-port", String.valueOf(KafkaBroker.freePortRange(11))));
            System.out.println("\ndevstack, " + run + " (bin/devstack --exit-after-start) ...");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher started = Pattern.compile("started in ([0-9.]+) s").matcher(out);
            Matcher total = Pattern.compile("total +(\\d+) MiB").matcher(out);
            int from = out.indexOf("resident memory");
            int to = out.indexOf("stopping");
            System.out.println(from >= 0 && to > from ? out.substring(from, to) : out);
            System.out.printf(Locale.ROOT, "devstack, %s: started in %s s, %s MiB resident in all%n", run,
                    started.find() ? started.group(1) : "?", total.find() ? total.group(1) : "?");
        }
    }
}
