package community.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.CloudEventHeaders;
import community.platform.contracts.Topics;
import community.platform.contracts.probe.SendProbe;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.PostgresServer;
import community.platform.testkit.RealInfra;
import community.platform.testkit.TopicTail;
import community.platform.testkit.TopicTail.Received;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Kafka Connect form of the outbox relay ({@code infra/deploy/outbox-connector.template.json}) in a real
 * distributed-mode Connect worker of its own JVM gives the same records as the relay every service embeds: the same
 * topic, key, value and {@code ce_*} headers, and no other header; a service with the relay off still makes its slot
 * and publication for the worker; and a Connect restart loses nothing.
 */
class ConnectRelayIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final String GUILD = "42";
    static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    @DisplayName("GIVEN the connector template in a real Connect worker WHEN the service's outbox is written THEN the records are those of the embedded relay, and a Connect restart loses none")
    void sameRecordsAsTheEmbeddedRelay(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String commands = infra.topic(Topics.commandsOf(RunningService.SERVICE).name());
        String events = infra.topic(Topics.eventsOf(RunningService.SERVICE).name());
        List<Received> embedded;
        try (var tail = new TopicTail(infra.bootstrapServers(), events);
             var sender = new CommandSender(infra.bootstrapServers())) {
            // GIVEN the service with its embedded relay (it creates the slot and the publication)
            try (var service = RunningService.start(infra)) {
                for (int i = 0; i < 5; i++) {
                    sender.send(commands, "embedded", new SendProbe(GUILD, "embedded", i, Instant.now()));
                }
                embedded = awaitDistinct(tail, "embedded", 5);
            }
            // the slot and publication dropped: the service makes them again with the relay off, for Connect
            try (var c = java.sql.DriverManager.getConnection(infra.jdbcUrl(), PostgresServer.USER,
                    PostgresServer.PASSWORD); var s = c.createStatement()) {
                String slot = infra.database() + "_" + RunningService.SERVICE + "_outbox";
                Await.until("the embedded relay's slot released", WAIT, () -> count(s, "select count(*) from"
                        + " pg_replication_slots where slot_name = '" + slot + "' and not active") == 1);
                s.execute("select pg_drop_replication_slot('" + slot + "')");
                s.execute("drop publication " + slot);
            }
            // WHEN the service runs with the relay off and Connect relays its outbox
            try (var service = RunningService.start(infra, List.of("--platform.relay.enabled=false"));
                 var worker = ConnectWorker.start(dir, infra)) {
                worker.register(connectorConfig(dir));
                for (int i = 0; i < 5; i++) {
                    sender.send(commands, "connect", new SendProbe(GUILD, "connect", i, Instant.now()));
                }
                List<Received> relayed = awaitDistinct(tail, "connect", 5);

                // THEN the same topic, key, value shape and headers as the embedded relay gave, and nothing more
                Received a = embedded.get(0);
                Received b = relayed.get(0);
                assertThat(b.topic()).isEqualTo(a.topic());
                assertThat(b.headers().keySet()).as("header names").isEqualTo(a.headers().keySet());
                for (String same : List.of(CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE,
                        CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.CONTENT_TYPE)) {
                    assertThat(b.header(same)).as(same).isEqualTo(a.header(same));
                }
                assertThat(Instant.parse(b.header(CloudEventHeaders.TIME))).isBetween(Instant.parse(
                        a.header(CloudEventHeaders.TIME)), Instant.now());
                assertThat(b.header(CloudEventHeaders.TIME)).as("RFC 3339 in UTC, like the embedded relay's")
                        .endsWith("Z");
                assertThat(fields(b.value())).isEqualTo(fields(a.value()));
                assertThat(relayed).extracting(Received::key).containsOnly("connect");

                // AND a Connect restart loses nothing: what was written while it was down comes after it
                worker.stop();
                for (int i = 5; i < 10; i++) {
                    sender.send(commands, "connect", new SendProbe(GUILD, "connect", i, Instant.now()));
                }
                worker.restart();
                List<Received> all = awaitDistinct(tail, "connect", 10);
                assertThat(all.stream().map(r -> sequence(r.value())).toList())
                        .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
            }
        }
    }

    static long count(java.sql.Statement s, String sql) {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The connector of {@code infra/deploy}, its placeholders filled as an operator would. */
    static String connectorConfig(Path dir) throws IOException {
        // the password as a file of its own, as Docker and Kubernetes mount secrets (the services read the same file)
        Path secrets = Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(secrets.resolve("PLATFORM_DB_PASSWORD"), PostgresServer.PASSWORD);
        String template = Files.readString(Path.of("..", "deploy", "outbox-connector.template.json"));
        return template.replace("${SERVICE}", RunningService.SERVICE)
                .replace("${DB_HOST}", "127.0.0.1")
                .replace("${DB_PORT}", Integer.toString(infra.postgres().port()))
                .replace("${DB_USER}", PostgresServer.USER)
                .replace("${DB_NAME}", infra.database())
                .replace("${DB_SECRETS_DIR}", secrets.toString());
    }

    /** The distinct records (by ce_id) of one key, in the order they first came. */
    static List<Received> awaitDistinct(TopicTail tail, String key, int count) {
        List<Received> all = tail.awaitUntil(r -> distinct(r, key).size() >= count, WAIT);
        return List.copyOf(distinct(all, key).values());
    }

    static Map<String, Received> distinct(List<Received> all, String key) {
        Map<String, Received> out = new LinkedHashMap<>();
        all.stream().filter(r -> key.equals(r.key())).forEach(r -> out.putIfAbsent(r.ceId(), r));
        return out;
    }

    static long sequence(String json) {
        var m = java.util.regex.Pattern.compile("\"sequence\":(\\d+)").matcher(json);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The JSON fields of a value, by name (the values differ: ids, times). */
    static TreeSet<String> fields(String json) {
        return java.util.regex.Pattern.compile("\"([a-zA-Z]+)\":").matcher(json).results().map(r -> r.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * A Kafka Connect worker in distributed mode in a JVM of its own (Connect brings Jackson 2, Jetty and Jersey of
     * its own), on the test's Kafka, with fresh internal topics and group, the directory config provider for secrets, and
     * its REST API on a free loopback port.
     */
    static final class ConnectWorker implements AutoCloseable {

        private final Path properties;
        private final Path log;
        private final int port;
        private Process process;
        private String connector;

        private ConnectWorker(Path properties, Path log, int port) {
            this.properties = properties;
            this.log = log;
            this.port = port;
        }

        static ConnectWorker start(Path dir, RealInfra infra) throws IOException {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String prefix = infra.topicPrefix() + "connect-" + System.nanoTime();
            Path properties = dir.resolve("worker.properties");
            Files.writeString(properties, String.join("\n",
                    "bootstrap.servers=" + infra.bootstrapServers(),
                    "group.id=" + prefix,
                    "config.storage.topic=" + prefix + "-configs",
                    "offset.storage.topic=" + prefix + "-offsets",
                    "status.storage.topic=" + prefix + "-status",
                    "config.storage.replication.factor=1",
                    "offset.storage.replication.factor=1",
                    "status.storage.replication.factor=1",
                    "offset.flush.interval.ms=500",
                    "key.converter=org.apache.kafka.connect.storage.StringConverter",
                    "value.converter=org.apache.kafka.connect.storage.StringConverter",
                    "listeners=http://127.0.0.1:" + port,
                    "config.providers=directory",
                    "config.providers.directory.class="
                            + "org.apache.kafka.common.config.provider.DirectoryConfigProvider",
                    "plugin.discovery=only_scan",
                    ""));
            ConnectWorker w = new ConnectWorker(properties, dir.resolve("connect.log"), port);
            w.restart();
            return w;
        }

        void restart() throws IOException {
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-cp", classPath(),
                    "org.apache.kafka.connect.cli.ConnectDistributed", properties.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Await.until("Connect's REST API", WAIT, () -> get("/connectors") == 200);
            if (connector != null) {
                awaitRunning();
            }
        }

        /** The worker's class path that infra/connect copies, the one its image runs on. */
        static String classPath() throws IOException {
            Path lib = Path.of("..", "connect", "target", "lib");
            if (!Files.isDirectory(lib)) {
                throw new IllegalStateException(lib + " is missing: build infra/connect first (Maven's verify does)");
            }
            try (var jars = Files.list(lib)) {
                return String.join(java.io.File.pathSeparator,
                        jars.map(p -> p.toAbsolutePath().toString()).sorted().toList());
            }
        }

        void register(String config) {
            connector = config.replaceAll("(?s).*\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/connectors"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(config)));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            awaitRunning();
        }

        private void awaitRunning() {
            Await.until("the connector and its task RUNNING", WAIT, () -> {
                HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/connectors/" + connector + "/status")));
                if (r.body().contains("\"state\":\"FAILED\"")) {
                    throw new AssertionError("the connector failed: " + r.body() + "\n" + tailOfLog());
                }
                return r.statusCode() == 200 && r.body().split("\"state\":\"RUNNING\"", -1).length == 3;
            });
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        private int get(String path) {
            try {
                return send(HttpRequest.newBuilder(uri(path))).statusCode();
            } catch (RuntimeException e) {
                if (!process.isAlive()) {
                    throw new AssertionError("Connect exited: " + tailOfLog());
                }
                return -1;
            }
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try (HttpClient client = HttpClient.newHttpClient()) {
                return client.send(request.timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private String tailOfLog() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (process != null && process.isAlive()) {
                stop();
            }
        }
    }
}
