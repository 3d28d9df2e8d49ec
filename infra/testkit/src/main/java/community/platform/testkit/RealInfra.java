package community.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>Where they run is chosen once per JVM by {@code PLATFORM_TEST_INFRA} (or the system property
 * {@code platform.test.infra}): {@code embedded} runs both in the test JVM (zonky's PostgreSQL binaries, Kafka's own
 * server classes); {@code containers} runs them in containers of the images {@code bin/images} builds, through
 * Testcontainers, and fails if no Docker engine answers or the images are missing; {@code auto}, the default, takes
 * containers where a Docker engine answers and has the images, and the embedded servers otherwise. Tests see the same
 * methods either way.
 *
 * <pre>{@code @RegisterExtension static final RealInfra infra = new RealInfra();}</pre>
 */
public final class RealInfra implements BeforeAllCallback {

    private static final AtomicInteger CLASSES = new AtomicInteger();
    private static Servers servers;
    private static Mode mode;

    private String database;
    private String topicPrefix;

    /** @param release stops the servers and removes what they wrote, at the JVM's exit */
    private record Servers(Path root, Postgres postgres, Kafka kafka, Runnable release) {
    }

    /** Where this JVM's servers run. */
    public enum Mode { EMBEDDED, CONTAINERS }

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
                Servers started = switch (mode()) {
                    case EMBEDDED -> {
                        PostgresServer postgres = PostgresServer.start(root.resolve("pg"), KafkaBroker.freePort());
                        KafkaBroker kafka = KafkaBroker.startOnFreePorts(root.resolve("kafka"));
                        yield new Servers(root, postgres, kafka, () -> {
                            kafka.close();
                            postgres.close();
                        });
                    }
                    case CONTAINERS -> {
                        LocalContainer.removeOrphans();
                        PostgresContainer postgres = PostgresContainer.start(KafkaBroker.freePort());
                        KafkaContainer kafka = KafkaContainer.startOnFreePorts();
                        yield new Servers(root, postgres, kafka, () -> {
                            kafka.remove();
                            postgres.remove();
                        });
                    }
                };
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.release().run();
                    deleteQuietly(root);
                }, "realinfra-shutdown"));
                servers = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return servers;
    }

    /**
     * The mode asked for ({@code PLATFORM_TEST_INFRA} or {@code platform.test.infra}: embedded, containers or auto),
     * decided once per JVM.
     */
    public static synchronized Mode mode() {
        if (mode == null) {
            String asked = asked();
            List<String> images = List.of(PostgresContainer.IMAGE, KafkaContainer.IMAGE);
            mode = switch (asked) {
                case "embedded" -> Mode.EMBEDDED;
                case "containers" -> {
                    if (!LocalContainer.available(images)) {
                        throw new IllegalStateException("PLATFORM_TEST_INFRA=containers, but no Docker engine answers"
                                + " with the images " + images + " (start one: dockerd --iptables=false; build them:"
                                + " bin/images)");
                    }
                    yield Mode.CONTAINERS;
                }
                case "auto" -> LocalContainer.available(images) ? Mode.CONTAINERS : Mode.EMBEDDED;
                default -> throw new IllegalStateException("PLATFORM_TEST_INFRA must be embedded, containers or auto,"
                        + " not '" + asked + "'");
            };
            System.out.println("RealInfra: Kafka and PostgreSQL " + (mode == Mode.CONTAINERS
                    ? "in containers of " + images : "embedded in the test JVM") + " (PLATFORM_TEST_INFRA=" + asked + ")");
        }
        return mode;
    }

    /** What {@code PLATFORM_TEST_INFRA} (or {@code platform.test.infra}) asks for: embedded, containers or auto. */
    public static String asked() {
        String asked = System.getProperty("platform.test.infra", System.getenv().getOrDefault("PLATFORM_TEST_INFRA", ""))
                .trim().toLowerCase(Locale.ROOT);
        return asked.isEmpty() ? "auto" : asked;
    }

    public Postgres postgres() {
        return servers().postgres();
    }

    public Kafka kafka() {
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
