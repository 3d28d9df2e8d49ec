package community.platform.loadtest;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.Faults;
import community.platform.testkit.KafkaBroker;
import community.platform.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a benchmark through Discord runs on: PostgreSQL (database {@code bench}), Kafka as its own process, the Discord
 * emulator with its rate limits on and its faults off (so runs compare), and the services it starts, each its own JVM
 * ({@link ServiceProcess}); the gateway is pointed at the emulator and awaited until its bot is connected. Closing stops
 * the services, then the emulator, Kafka and PostgreSQL.
 */
final class EmulatedStack implements AutoCloseable {

    static final String DATABASE = "bench";

    private final Path dir;
    private final PostgresServer pg;
    private final KafkaBroker kafka;
    private final DiscordEmulator discord;
    private final List<ServiceProcess> services = new ArrayList<>();

    private EmulatedStack(Path dir, PostgresServer pg, KafkaBroker kafka, DiscordEmulator discord) {
        this.dir = dir;
        this.pg = pg;
        this.kafka = kafka;
        this.discord = discord;
    }

    static EmulatedStack start(String name) throws Exception {
        Path dir = Files.createTempDirectory(name);
        PostgresServer pg = PostgresServer.start(dir.resolve("pg"), KafkaBroker.freePort());
        KafkaBroker kafka = null;
        try {
            kafka = KafkaBroker.startOnFreePorts(dir.resolve("kafka"));
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

    String jdbcUrl() {
        return pg.jdbcUrl(DATABASE);
    }

    /** Starts these services (by name: {@code voting}, {@code gateway} ...) in order, each ready before the next. */
    void services(String... names) throws Exception {
        List<String> common = ServiceProcess.infra(pg, DATABASE, kafka);
        for (String name : names) {
            List<String> settings = new ArrayList<>(common);
            if (name.equals("gateway")) {
                settings.addAll(List.of("--gateway.discord.rest-url=" + discord.restUrl(),
                        "--gateway.discord.token=" + discord.token()));
            }
            services.add(ServiceProcess.start(name, dir, settings));
            if (name.equals("gateway")) {
                discord.awaitBot(Duration.ofSeconds(120));
            }
        }
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
