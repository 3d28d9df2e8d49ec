package community.platform.loadtest;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.Faults;
import community.platform.testkit.Await;
import community.platform.testkit.KafkaBroker;
import community.platform.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What a benchmark through Discord runs on: PostgreSQL (database {@code bench}), Kafka as its own process, the Discord
 * emulator with its rate limits on and its faults off (so runs compare), and the services it starts, each its own JVM
 * ({@link ServiceProcess}); the gateway is pointed at the emulator and awaited until its bot is connected. Closing stops
 * the services, then the emulator, Kafka and PostgreSQL.
 */
final class EmulatedStack implements AutoCloseable {

    static final String DATABASE = "bench";
    private static final Duration BOT_LIMIT = Duration.ofSeconds(120);

    private final Path dir;
    private final PostgresServer pg;
    private final KafkaProcess kafka;
    private final DiscordEmulator discord;
    private final List<ServiceProcess> services = new ArrayList<>();

    private EmulatedStack(Path dir, PostgresServer pg, KafkaProcess kafka, DiscordEmulator discord) {
        this.dir = dir;
        this.pg = pg;
        this.kafka = kafka;
        this.discord = discord;
    }

    static EmulatedStack start(String name) throws Exception {
        Path dir = Files.createTempDirectory(name);
        PostgresServer pg = PostgresServer.start(dir.resolve("pg"), KafkaBroker.freePort());
        KafkaProcess kafka = null;
        try {
            kafka = KafkaProcess.start(dir);
            pg.createDatabase(DATABASE);
            DiscordEmulator discord = DiscordEmulator.start();
            discord.faults(Faults.NONE);
            return new EmulatedStack(dir, pg, kafka, discord);
        } catch (Exception | Error e) {
            if (kafka != null) {
                kafka.close();
            }
            pg.close();
            throw e;
        }
    }

    DiscordEmulator discord() {
        return discord;
    }

    /**
     * The processes a click costs besides the bot's own: PostgreSQL (its postmaster and backends), Kafka and this JVM
     * (the emulator and the clicking members), for a {@link CpuMeter}.
     */
    Map<String, Supplier<Stream<ProcessHandle>>> sharedProcesses() {
        Map<String, Supplier<Stream<ProcessHandle>>> parts = new LinkedHashMap<>();
        parts.put("PostgreSQL", CpuMeter.postgres(pg));
        parts.put("Kafka", CpuMeter.only(kafka.process()));
        // not with its children: the bots, Kafka and PostgreSQL are this JVM's children, each measured on its own
        parts.put("emulator and members", CpuMeter.only(ProcessHandle.current()));
        return parts;
    }

    String jdbcUrl() {
        return pg.jdbcUrl(DATABASE);
    }

    /**
     * Starts these services (by name: {@code voting}, {@code gateway} ...) in order, each ready before the next;
     * returns them in that order.
     */
    List<ServiceProcess> services(String... names) throws Exception {
        List<String> common = ServiceProcess.infra(pg, DATABASE, kafka);
        List<ServiceProcess> started = new ArrayList<>();
        for (String name : names) {
            List<String> settings = new ArrayList<>(common);
            if (name.equals("gateway")) {
                settings.addAll(List.of("--gateway.discord.rest-url=" + discord.restUrl(),
                        "--gateway.discord.token=" + discord.token()));
            }
            int registered = discord.commandRegistrations();
            services.add(ServiceProcess.start(name, dir, settings));
            started.add(services.getLast());
            if (name.equals("gateway")) {
                awaitBot(registered, services.getLast().process(), "the gateway");
            }
        }
        return started;
    }

    /**
     * Starts {@link BareBot} in its own JVM, logged into the emulator, its command registered. Close it (and wait for
     * {@link #awaitNoBot}) before the gateway starts: both answer as the same application.
     */
    ServiceProcess bareBot() throws Exception {
        int registered = discord.commandRegistrations();
        return ServiceProcess.start(BareBot.class, dir, List.of(discord.restUrl(), discord.gatewayUrl(),
                discord.token()), p -> awaitBot(registered, p, "the bare bot"));
    }

    /** Waits until no bot is connected to the emulator (the one stopped has gone). */
    void awaitNoBot() {
        Await.until("the bot to leave the emulator's gateway", BOT_LIMIT, () -> discord.botSessions() == 0);
    }

    /** A bot is connected and registered its commands again after {@code registered} registrations (Discord's 200). */
    private void awaitBot(int registered, Process bot, String who) {
        Await.until(who + " to connect to the emulator and register its commands", BOT_LIMIT, () -> {
            if (!bot.isAlive()) {
                throw new IllegalStateException(who + " exited; see its log in " + dir);
            }
            return discord.botSessions() > 0 && discord.commandRegistrations() > registered;
        });
    }

    @Override
    public void close() throws Exception {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        try {
            discord.close();
        } finally {
            try {
                kafka.close();
            } finally {
                pg.close();
            }
        }
    }
}
