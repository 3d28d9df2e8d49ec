package community.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives integration tests one real Kafka broker (KRaft) and one real PostgreSQL per test JVM, started on first use and
 * stopped when the JVM exits. Each test class gets its own database and its own topic prefix, so classes never see
 * each other's rows or records.
 *
 * <pre>{@code @RegisterExtension static final RealInfra infra = new RealInfra();}</pre>
 */
public final class RealInfra implements BeforeAllCallback {

    private static final AtomicInteger CLASSES = new AtomicInteger();
    private static Servers servers;

    private String database;
    private String topicPrefix;

    private record Servers(Path root, PostgresServer postgres, KafkaBroker kafka) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Servers s = servers();
        int n = CLASSES.incrementAndGet();
        String name = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        database = "t" + n + "_" + name;
        topicPrefix = "t" + n + ".";
        s.postgres().createDatabase(database);
    }

    private static synchronized Servers servers() {
        if (servers == null) {
            try {
                Path root = Files.createTempDirectory("realinfra");
                PostgresServer postgres = PostgresServer.start(root.resolve("pg"), KafkaBroker.freePort());
                KafkaBroker kafka = KafkaBroker.startOnFreePorts(root.resolve("kafka"));
                servers = new Servers(root, postgres, kafka);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    kafka.close();
                    postgres.close();
                    deleteQuietly(root);
                }, "realinfra-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return servers;
    }

    public PostgresServer postgres() {
        return servers().postgres();
    }

    public KafkaBroker kafka() {
        return servers().kafka();
    }

    public String bootstrapServers() {
        return kafka().bootstrapServers();
    }

    public String jdbcUrl() {
        return postgres().jdbcUrl(database);
    }

    public String database() {
        return database;
    }

    /** Prefix of every topic name this test class uses; services take it as {@code platform.kafka.topic-prefix}. */
    public String topicPrefix() {
        return topicPrefix;
    }

    public String topic(String name) {
        return topicPrefix + name;
    }

    /** Settings that point a platform service at this class's database and topics. */
    public Map<String, Object> serviceProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", jdbcUrl());
        p.put("spring.datasource.username", PostgresServer.USER);
        p.put("spring.datasource.password", PostgresServer.PASSWORD);
        p.put("platform.kafka.bootstrap-servers", bootstrapServers());
        p.put("platform.kafka.topic-prefix", topicPrefix);
        // a backup tick (scaled time passing 03:00, a test's RunJobNow) writes here, never into the source tree
        p.put("platform.backup.location", servers().root().resolve("backups").resolve(database));
        return p;
    }

    public String[] serviceArgs() {
        return serviceProperties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
