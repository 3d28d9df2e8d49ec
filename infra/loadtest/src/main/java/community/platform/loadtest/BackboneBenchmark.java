package community.platform.loadtest;

import community.platform.contracts.Topics;
import community.platform.contracts.probe.SendProbe;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.ComposeStack;
import community.platform.testkit.KafkaBroker;
import community.platform.testkit.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run, figures side by side: the raw JDBC commit ceiling of the probe's single-row transactions on a PostgreSQL,
 * then commands/s and produce-to-event latency through the real economy service on the same PostgreSQL and a real
 * Kafka (command topic -> consumer -> inbox + state + outbox -> Debezium -> events topic), at full speed and at half
 * that rate; optionally the same against the root docker-compose.yml's PostgreSQL, Kafka and economy containers
 * ({@code --against-compose}, the images of bin/images), and the devstack's start-up time and resident memory. Run
 * with {@code bin/benchmark}.
 */
public final class BackboneBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param toHandler produce -> the handler ran (ProbeEchoed.echoedAt - sentAt): Kafka, the consumer's fetch, the poll
     * @param toEvent   the handler ran -> event received: rest of the poll, commit, Debezium, Kafka
     */
    record Run(int commands, double perSecond, Percentiles latency, Percentiles toHandler, Percentiles toEvent) {
    }

    /**
     * One place's figures: its raw-commit ceiling and the pipeline at full, half and quarter speed, with the paced
     * runs step by step from the service's own timers, and the processes' CPU (by thread) with no command for
     * {@link #IDLE} just before the half-speed run and in it (null and {@link CpuMeter.Reading#NONE} where they cannot
     * be read: compose publishes no port, its processes are in containers).
     */
    record Figures(double ceiling, Run full, Run half, Run quarter, ServiceTimers.Reading halfSteps,
                   ServiceTimers.Reading quarterSteps, CpuMeter.Reading halfIdle, CpuMeter.Reading halfCpu) {
    }

    /** How long the processes' idle CPU is read before the half-speed run. */
    static final Duration IDLE = Duration.ofSeconds(5);

    /** The probe's steps through the economy service, as its own timers measure them. */
    static final List<ServiceTimers.Step> STEPS = ServiceTimers.commandSteps("economy");

    public static void main(String[] args) throws Exception {
        int commands = 20_000;
        int clients = 8;
        int keys = 1_000;
        Duration baselineTime = Duration.ofSeconds(15);
        boolean withDevstack = false;
        boolean againstCompose = false;
        int consumerThreads = 1;
        int settleRounds = JitSettling.ROUNDS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--commands" -> commands = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--keys" -> keys = Integer.parseInt(args[++i]);
                case "--baseline-seconds" -> baselineTime = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--with-devstack" -> withDevstack = true;
                case "--against-compose" -> againstCompose = true;
                case "--consumer-threads" -> consumerThreads = Integer.parseInt(args[++i]);
                case "--settle-rounds" -> settleRounds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: bin/benchmark [--commands N] [--clients N] [--keys N] "
                            + "[--baseline-seconds S] [--consumer-threads N] [--settle-rounds N] [--with-devstack]"
                            + " [--against-compose]");
                    System.exit(2);
                }
            }
        }
        String missing = againstCompose ? ComposeStack.missing() : "";
        if (!missing.isEmpty()) {
            System.err.println("--against-compose: " + missing);
            System.exit(2);
        }
        Path dir = Files.createTempDirectory("benchmark");
        Figures embedded;
        try (PostgresServer pg = PostgresServer.start(dir.resolve("pg"), KafkaBroker.freePort());
             KafkaProcess kafka = KafkaProcess.start(dir)) {
            pg.createDatabase("bench");
            List<String> settings = new ArrayList<>(ServiceProcess.infra(pg, "bench", kafka));
            settings.add("--platform.kafka.consumer-threads=" + consumerThreads);
            System.out.println("== embedded: PostgreSQL on this machine, Kafka and economy each in a JVM of its own");
            embedded = measure(pg.jdbcUrl("bench"), PostgresServer.USER, PostgresServer.PASSWORD,
                    kafka.bootstrapServers(), clients, baselineTime, commands, keys, settleRounds,
                    () -> {
                        ServiceProcess economy = ServiceProcess.start("economy", dir, settings);
                        Map<String, Supplier<Stream<ProcessHandle>>> jvms = new LinkedHashMap<>();
                        jvms.put("economy", CpuMeter.only(economy.process().toHandle()));
                        jvms.put("Kafka", CpuMeter.only(kafka.process()));
                        Map<String, Supplier<Stream<ProcessHandle>>> others = new LinkedHashMap<>();
                        others.put("PostgreSQL", CpuMeter.postgres(pg));
                        // not with its children: Kafka, PostgreSQL and economy are this JVM's, each measured alone
                        others.put("benchmark", CpuMeter.only(ProcessHandle.current()));
                        CpuMeter cpu = new CpuMeter(jvms);
                        return new Running(economy, economy.timers(STEPS), cpu, cpu.and(others));
                    });
        }
        Figures compose = againstCompose ? compose(dir, clients, baselineTime, commands, keys, consumerThreads,
                settleRounds) : null;

        System.out.println();
        System.out.println("| path | commands/s | p50 ms | p99 ms | max ms | produce->handler p50/p99 ms "
                + "| handler->event p50/p99 ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        table(againstCompose ? "embedded: " : "", clients, embedded);
        if (compose != null) {
            table("compose: ", clients, compose);
        }
        steps("half of full speed", embedded.half(), embedded.halfSteps());
        steps("quarter of full speed", embedded.quarter(), embedded.quarterSteps());
        threads(embedded);
        System.out.printf(Locale.ROOT, "%nratio end to end / ceiling: %.2f%n", embedded.full().perSecond() / embedded.ceiling());
        if (compose != null) {
            System.out.printf(Locale.ROOT, "ratio end to end / ceiling, compose: %.2f%n",
                    compose.full().perSecond() / compose.ceiling());
            System.out.printf(Locale.ROOT, "ratio compose / embedded: ceiling %.2f, end to end %.2f, p99 at half speed %.2f%n",
                    compose.ceiling() / embedded.ceiling(), compose.full().perSecond() / embedded.full().perSecond(),
                    compose.half().latency().p99() / embedded.half().latency().p99());
        }
        if (withDevstack) {
            devstack();
        }
        System.exit(0);
    }

    /** Something started after the ceiling is measured, stopped at the end. */
    interface Started {
        Running start() throws Exception;
    }

    /**
     * A started service: closing it stops it; its own timers, its JVMs' CPU (the service's and Kafka's, whose
     * compilers the runs wait for: {@link JitSettling}) and every process's (those and PostgreSQL's and the
     * benchmark's own), or null where they cannot be read (in containers).
     */
    record Running(AutoCloseable service, ServiceTimers timers, CpuMeter cpu, CpuMeter everyProcess)
            implements AutoCloseable {
        @Override
        public void close() throws Exception {
            service.close();
        }
    }

    /**
     * The ceiling, then the economy service started and the pipeline at full, half and quarter speed; the ceiling's
     * clients, the full-speed and the half-rate runs each after the JIT settled at their pace ({@link JitSettling}).
     */
    static Figures measure(String url, String user, String password, String bootstrap, int clients,
                           Duration baselineTime, int commands, int keys, int settleRounds, Started service)
            throws Exception {
        System.out.printf(Locale.ROOT, "raw JDBC ceiling: %d clients, %d s ...%n", clients, baselineTime.toSeconds());
        double ceiling = RawCommitBaseline.settled(url, user, password, clients, baselineTime, settleRounds);
        try (Running running = service.start(); Pipeline pipeline = new Pipeline(bootstrap, keys)) {
            System.out.println("warm-up ...");
            pipeline.run(Math.min(5_000, commands), 0);
            if (running.cpu() != null) {
                JitSettling.settle("economy", "full speed", running.cpu(), settleRounds, () -> {
                    Run r = pipeline.run(Math.min(5_000, commands), 0);
                    return String.format(Locale.ROOT, "%.0f/s", r.perSecond());
                });
            }
            System.out.printf(Locale.ROOT, "end to end, %d commands at full speed ...%n", commands);
            Run full = pipeline.run(commands, 0);
            if (running.cpu() != null) {
                double rate = full.perSecond() / 2;
                JitSettling.settle("economy", String.format(Locale.ROOT, "%.0f/s", rate), running.cpu(),
                        settleRounds, () -> {
                            Run r = pipeline.run((int) Math.round(rate * JitSettling.ROUND.toMillis() / 1e3), rate);
                            return String.format(Locale.ROOT, "p99 %.0f ms", r.latency().p99());
                        });
            }
            CpuMeter every = running.everyProcess();
            CpuMeter.Reading idle = CpuMeter.Reading.NONE;
            if (every != null) {
                System.out.printf(Locale.ROOT, "%d s with no command ...%n", IDLE.toSeconds());
                CpuMeter.Reading idleFrom = every.read();
                Thread.sleep(IDLE.toMillis());
                idle = every.read().since(idleFrom);
            }
            System.out.printf(Locale.ROOT, "end to end, %d commands at %.0f/s (half) ...%n", commands / 2,
                    full.perSecond() / 2);
            CpuMeter.Reading cpuBefore = every == null ? null : every.read();
            ServiceTimers.Measured<Run> half = paced(running.timers(),
                    () -> pipeline.run(commands / 2, full.perSecond() / 2));
            CpuMeter.Reading halfCpu = cpuBefore == null ? CpuMeter.Reading.NONE : every.read().since(cpuBefore);
            System.out.printf(Locale.ROOT, "end to end, %d commands at %.0f/s (quarter) ...%n", commands / 4,
                    full.perSecond() / 4);
            ServiceTimers.Measured<Run> quarter = paced(running.timers(),
                    () -> pipeline.run(commands / 4, full.perSecond() / 4));
            return new Figures(ceiling, full, half.result(), quarter.result(), half.steps(), quarter.steps(), idle,
                    halfCpu);
        }
    }

    /**
     * The same measure against the root docker-compose.yml on this machine's Docker engine (the images of
     * bin/images, host networking): PostgreSQL and Kafka in their containers, then the economy service in its own.
     */
    static Figures compose(Path dir, int clients, Duration baselineTime, int commands, int keys, int consumerThreads,
                           int settleRounds) throws Exception {
        int kafkaPort = KafkaBroker.freePortRange(2);
        Path root = Path.of(System.getProperty("benchmark.root", ".")).toAbsolutePath().normalize();
        ComposeStack stack = ComposeStack.prepare(root.resolve("docker-compose.yml"), dir.resolve("compose"),
                "cpbench", new ComposeStack.Settings(KafkaBroker.freePort(), kafkaPort, KafkaBroker.freePort(),
                        List.of(), Map.of("economy", Map.of("PLATFORM_KAFKA_CONSUMER_THREADS",
                                Integer.toString(consumerThreads)))), "bench-secret", "unused");
        System.out.println("\n== compose: PostgreSQL, Kafka and economy in containers (docker-compose.yml) ...");
        try (stack) {
            up(stack, "postgres", "kafka");
            return measure(stack.jdbcUrl(), ComposeStack.DB_USER, "bench-secret", stack.kafkaBootstrap(), clients,
                    baselineTime, commands, keys, settleRounds, () -> {
                        up(stack, "economy");
                        return new Running(() -> { }, null, null, null);
                    });
        }
    }

    private static void up(ComposeStack stack, String... services) {
        long t0 = System.nanoTime();
        ComposeStack.Result r = stack.up(Duration.ofMinutes(5), services);
        if (r.exit() != 0) {
            throw new IllegalStateException("docker-compose up failed: " + r.output() + stack.logs());
        }
        Await.until(String.join(", ", services) + " healthy", Duration.ofMinutes(5),
                () -> List.of(services).stream().allMatch(s -> "healthy".equals(stack.health(s))));
        System.out.printf(Locale.ROOT, "%s healthy in %.1f s%n", String.join(", ", services), (System.nanoTime() - t0) / 1e9);
    }

    private static ServiceTimers.Measured<Run> paced(ServiceTimers timers, Callable<Run> run)
            throws Exception {
        return timers == null ? new ServiceTimers.Measured<>(run.call(), null) : timers.during(run);
    }

    /** A paced run step by step: the service's own timers, then the benchmark's produce -> event. */
    private static void steps(String what, Run run, ServiceTimers.Reading inside) {
        if (inside == null) {
            return;
        }
        ServiceTimers.printSteps(what, STEPS, Map.of("economy", inside));
        System.out.printf(Locale.ROOT, "| produced -> ProbeEchoed read from its events topic | benchmark | %d | %.0f | "
                + "%.0f |%n", run.commands(), run.latency().p50(), run.latency().p99());
    }

    /**
     * The half-speed run's CPU by process and by thread: with no command just before it, in it, and what its commands
     * took beyond idle, per command.
     */
    private static void threads(Figures f) {
        if (f.halfCpu().parts().isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "%nCPU with no command (%.1f s just before the half-speed run) and in the "
                + "half-speed run (%.1f s), each as a share of one core; beyond idle: the run's CPU less what the same "
                + "process or thread used with no command in as long, per command (ms). Each process's busiest threads "
                + "by name (Linux keeps 15 characters; digits as #)%n%n", f.halfIdle().wall().toMillis() / 1e3,
                f.halfCpu().wall().toMillis() / 1e3);
        CpuMeter.printBeyondIdle("half speed", f.halfIdle(), f.halfCpu(), f.half().commands(), 8, true);
    }

    private static void table(String place, int clients, Figures f) {
        System.out.printf(Locale.ROOT, "| %sraw JDBC, same transactions, %d clients (ceiling) | %.0f | | | | | |%n",
                place, clients, f.ceiling());
        row(place + "end to end, full speed", f.full());
        row(place + "end to end, half of full speed", f.half());
        row(place + "end to end, quarter of full speed", f.quarter());
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
