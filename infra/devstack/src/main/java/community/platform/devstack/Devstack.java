package community.platform.devstack;

import community.platform.contracts.Topics;
import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.Faults;
import community.platform.discord.emulator.web.WebView;
import community.platform.contracts.probe.SendProbe;
import community.platform.testkit.CommandSender;
import community.platform.testkit.KafkaBroker;
import community.platform.testkit.PostgresServer;
import community.platform.testkit.ServiceChecks;
import community.platform.testkit.TopicTail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded default: starts PostgreSQL (data kept in the data folder), Kafka as its own JVM and every service as
 * its own JVM, prints where each listens, its health and its memory, proves the pipeline with a probe through every
 * service, and on Ctrl-C stops everything in reverse order. Run through {@code bin/devstack}; {@code --help} lists the
 * options.
 */
public final class Devstack {

    private static final String KAFKA = "kafka";

    static final List<String> SERVICES = List.of("scheduler", "gateway", "voting", "economy", "raid", "moderation");
    /** Port of each service, as an offset from {@code --service-port}. */
    static final List<String> PORT_ORDER = List.of("gateway", "voting", "economy", "raid", "moderation", "scheduler");
    /** The Discord emulator's REST and gateway ports, as offsets from {@code --service-port}. */
    static final int EMULATOR_REST = 9;
    static final int EMULATOR_GATEWAY = 10;
    /** The emulator's browser view (the demo guild's channels, acting as any member), as an offset. */
    static final int EMULATOR_WEB = 11;
    /** How many ports from {@code --service-port} on the devstack may take. */
    static final int PORTS_USED = EMULATOR_WEB + 1;

    private final DevstackOptions options;
    private final List<ChildProcess> started = new ArrayList<>();
    /** The instant platform time starts to run faster from, the same for every service. */
    private final java.time.Instant startedAt = java.time.Instant.now();
    private PostgresServer postgres;
    private volatile boolean stopped;

    private DiscordEmulator emulator;
    private WebView webView;
    private DemoGuild demoGuild;

    Devstack(DevstackOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        DevstackOptions options;
        try {
            options = DevstackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("devstack: " + e.getMessage());
            System.err.println(DevstackOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(DevstackOptions.USAGE);
            return;
        }
        Devstack devstack = new Devstack(options);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            devstack.stop();
            done.countDown();
        }, "devstack-stop"));
        try {
            devstack.start();
        } catch (Exception e) {
            System.err.println("devstack: start failed: " + e.getMessage());
            System.exit(1);
        }
        if (options.exitAfterStart()) {
            System.exit(0);
        }
        System.out.println("\nRunning. Logs: " + options.dataDir().resolve("logs") + ". Ctrl-C stops everything.");
        done.await();
    }

    void start() throws Exception {
        long t0 = System.nanoTime();
        Path data = options.dataDir();
        Files.createDirectories(data);
        ChildProcess.killLeftovers(data.resolve("pids"));

        String jdbcUrl = options.dbUrl();
        if (jdbcUrl == null) {
            postgres = PostgresServer.start(data.resolve("pg"), options.pgPort());
            jdbcUrl = postgres.jdbcUrl("community");
            createDatabaseIfMissing(postgres.jdbcUrl("postgres"), "community");
            line("postgresql", "pid " + postgres.postmaster().map(ProcessHandle::pid).orElse(-1L), jdbcUrl, "UP", seconds(t0));
        } else {
            line("postgresql", "external", jdbcUrl, "-", "-");
        }

        String kafka = options.kafka();
        if (kafka == null) {
            long tk = System.nanoTime();
            ChildProcess broker = ChildProcess.start(KAFKA, kafkaCommand(data), data.resolve("logs"),
                    data.resolve("pids"));
            started.add(broker);
            kafka = "127.0.0.1:" + options.kafkaPort();
            awaitLog(broker, "KAFKA READY", Duration.ofSeconds(60));
            line("kafka", "pid " + broker.pid(), kafka, "UP", seconds(tk));
        } else {
            line("kafka", "external", kafka, "-", "-");
        }

        List<String> discordArgs = discord();
        Map<String, ChildProcess> services = new LinkedHashMap<>();
        for (String service : options.services()) {
            Path app = AppCache.prepare(serviceJar(service), data.resolve("apps").resolve(service));
            List<String> cmd = new ArrayList<>(List.of(ChildProcess.java(), "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC",
                    "-XX:MaxMetaspaceSize=160m", "-Xss512k", "-XX:ReservedCodeCacheSize=48m",
                    // C1 fills more than 15% of the code cache while a service starts; at 15% (the default) the
                    // JVM unloads code, which Serial does in a full collection: 0.35-0.6 s paused per service
                    "-XX:SweeperThreshold=50",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + AppCache.archive(app),
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-jar", app.toString(),
                    "--server.port=" + port(service),
                    "--spring.datasource.url=" + jdbcUrl,
                    "--platform.kafka.bootstrap-servers=" + kafka,
                    "--platform.time.scale=" + options.timeScale(),
                    // every service counts scaled time from the same instant, so they agree on the platform time
                    "--platform.time.since=" + startedAt,
                    "--platform.backup.location=" + data.resolve("backups")));
            if (options.dbUser() != null) {
                cmd.add("--spring.datasource.username=" + options.dbUser());
            }
            if (service.equals("gateway")) {
                cmd.addAll(discordArgs);
            }
            services.put(service, ChildProcess.start(service, cmd, data.resolve("logs"), data.resolve("pids")));
        }
        started.addAll(services.values());
        for (var e : services.entrySet()) {
            String url = "http://127.0.0.1:" + port(e.getKey());
            ChildProcess child = e.getValue();
            ServiceChecks.awaitStatus(url + "/actuator/health/readiness", 200, Duration.ofSeconds(180), () -> {
                if (!child.alive()) {
                    throw new IllegalStateException(child.name + " exited; last lines of " + child.log + ":\n"
                            + child.logTail());
                }
            });
            line(e.getKey() + "-service", "pid " + child.pid(), url, "UP",
                    seconds(e.getValue().startedNanos));
        }
        System.out.printf(Locale.ROOT, "%nstarted in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        probeEveryService(kafka);
        if (options.demo() && demoGuild != null && options.services().contains("gateway")) {
            demoGuild.play(options.services().contains("voting"), options.services().contains("economy"));
        }
        printMemory();
    }

    /**
     * Kafka as the services run: C1 only and a class-data-sharing archive of its own (written when it stops), which
     * halves its start-up time and its CPU before the services need it. Its classpath is the devstack's jars only
     * (the archive keeps no classes from directories).
     */
    private List<String> kafkaCommand(Path data) throws IOException {
        Path apps = Files.createDirectories(data.resolve("apps"));
        Path lib = Path.of(System.getProperty("devstack.root", "."), "infra", "devstack", "target", "lib");
        return List.of(ChildProcess.java(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + apps.resolve("kafka.jsa"),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-cp", lib.resolve("*").toString(), KafkaBroker.class.getName(),
                data.resolve("kafka").toString(), String.valueOf(options.kafkaPort()),
                String.valueOf(options.kafkaPort() + 1));
    }

    /**
     * The gateway's Discord: Discord itself when DISCORD_TOKEN is set (the gateway reads it), else the emulator,
     * in this process, with the demo guild.
     */
    private List<String> discord() {
        String token = System.getenv("DISCORD_TOKEN");
        if (token != null && !token.isBlank()) {
            line("discord", "real", "https://discord.com (DISCORD_TOKEN)", "-", "-");
            return List.of();
        }
        long t = System.nanoTime();
        emulator = DiscordEmulator.start(options.servicePortBase() + EMULATOR_REST,
                options.servicePortBase() + EMULATOR_GATEWAY);
        // a demo is for watching: Discord's rate limits stay, its injected faults do not
        emulator.faults(Faults.NONE);
        demoGuild = DemoGuild.create(emulator);
        line("discord-emulator", "devstack", emulator.restUrl(), "UP", seconds(t));
        webView = WebView.start(emulator, options.servicePortBase() + EMULATOR_WEB);
        line("discord-web-view", "devstack", webView.url(), "UP", "-");
        return List.of("--gateway.discord.rest-url=" + emulator.restUrl(), "--gateway.discord.token=" + emulator.token());
    }

    private void probeEveryService(String kafka) {
        System.out.println("\npipeline probe (command -> service -> outbox -> Debezium -> Kafka):");
        try (CommandSender sender = new CommandSender(kafka)) {
            for (String service : options.services()) {
                try (TopicTail tail = new TopicTail(kafka, Topics.eventsOf(service).name())) {
                    String probeId = "devstack-" + Instant.now().toEpochMilli();
                    long t = System.nanoTime();
                    sender.send(Topics.commandsOf(service).name(), probeId,
                            new SendProbe("1", probeId, 0, Instant.now()));
                    tail.awaitUntil(r -> r.stream().anyMatch(x -> probeId.equals(x.key())), Duration.ofSeconds(30));
                    System.out.printf(Locale.ROOT, "  %-20s echoed in %d ms%n", service + "-service",
                            (System.nanoTime() - t) / 1_000_000);
                }
            }
        }
    }

    private void printMemory() {
        System.out.println("\nresident memory (PSS):");
        long total = 0;
        long self = ProcessMemory.kib(ProcessHandle.current().pid());
        if (postgres != null) {
            long pg = postgres.postmaster().map(h -> ProcessMemory.treeKib(h.pid())).orElse(0L);
            total += pg;
            System.out.printf(Locale.ROOT, "  %-20s %6d MiB%n", "postgresql", pg / 1024);
        }
        for (ChildProcess c : started) {
            long kib = ProcessMemory.treeKib(c.pid());
            total += kib;
            System.out.printf(Locale.ROOT, "  %-20s %6d MiB%n", c.name, kib / 1024);
        }
        total += self;
        System.out.printf(Locale.ROOT, "  %-20s %6d MiB%n", "devstack launcher", self / 1024);
        System.out.printf(Locale.ROOT, "  %-20s %6d MiB%n", "total", total / 1024);
    }

    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        // the services side by side (a service stopping after a new build also writes its class-data-sharing
        // archive, which takes seconds), then what they use
        List<ChildProcess> reverse = new ArrayList<>(started);
        java.util.Collections.reverse(reverse);
        List<Thread> stopping = new ArrayList<>();
        for (ChildProcess c : reverse) {
            if (!c.name.equals(KAFKA)) {
                System.out.println("stopping " + c.name);
                stopping.add(Thread.ofPlatform().start(() -> c.stop(Duration.ofSeconds(60))));
            }
        }
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (ChildProcess c : reverse) {
            if (c.name.equals(KAFKA)) {
                System.out.println("stopping " + c.name);
                c.stop(Duration.ofSeconds(20));
            }
        }
        if (webView != null) {
            webView.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        if (postgres != null) {
            System.out.println("stopping postgresql");
            postgres.close();
        }
    }

    private int port(String service) {
        return options.servicePortBase() + PORT_ORDER.indexOf(service);
    }

    private Path serviceJar(String service) throws IOException {
        Path target = options.root().resolve(service + "-service").resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runnable jar in " + target
                            + ": build first (bin/devstack does)"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException(target + " is missing: build first (bin/devstack does)");
        }
    }

    private static void awaitLog(ChildProcess child, String marker, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(child.log) && Files.readString(child.log).contains(marker)) {
                return;
            }
            if (!child.alive()) {
                throw new IllegalStateException(child.name + " exited:\n" + child.logTail());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(child.name + " did not start within " + timeout + "; see " + child.log);
    }

    private static void createDatabaseIfMissing(String adminUrl, String name) throws SQLException {
        try (var c = DriverManager.getConnection(adminUrl, PostgresServer.USER, PostgresServer.PASSWORD);
             var rs = c.createStatement().executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!rs.next()) {
                c.createStatement().execute("create database " + name);
            }
        }
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void line(String name, String pid, String where, String health, String took) {
        System.out.printf(Locale.ROOT, "  %-20s %-10s %-45s %-5s %s%n", name, pid, where, health, took);
    }
}
