package community.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The root {@code docker-compose.yml} run by {@code docker-compose} on this machine's Docker engine, with the images
 * {@code bin/images} builds, the secrets as files in a folder of its own and a second compose file that puts every
 * container on the host's network on loopback (these machines forbid bridge addresses) at the given ports. For
 * {@code ComposeStackIT} and the benchmarks that run the same commands against the stack and against the devstack.
 */
public final class ComposeStack implements AutoCloseable {

    public static final List<String> SERVICES = List.of("gateway", "voting", "economy", "raid", "moderation",
            "scheduler");
    /** The compose file's image variables and the images {@code bin/images} builds for them. */
    private static final Map<String, String> IMAGES = images(Map.of("POSTGRES_IMAGE", PostgresContainer.IMAGE,
            "KAFKA_IMAGE", KafkaContainer.IMAGE, "CONNECT_IMAGE", "local/outbox-connect:0.1.0"));
    /** The database's user and name in the compose file. */
    public static final String DB_USER = "platform";
    public static final String DB_NAME = "community";

    /**
     * Where the containers listen and what they are told beyond the compose file.
     *
     * @param relayedByConnect services whose outbox the Connect worker relays (their embedded relay off; the profile
     *                         {@code connect} is on when this is not empty)
     * @param environment      more environment per compose service (a gateway's Discord address, say)
     */
    public record Settings(int postgresPort, int kafkaPort, int connectPort, List<String> relayedByConnect,
                           Map<String, Map<String, String>> environment) {
    }

    /** A command's exit code and its output, stdout and stderr together. */
    public record Result(int exit, String output) {
    }

    private final String project;
    private final Settings settings;
    private final Path compose;
    private final Path override;
    private final Path secrets;

    private ComposeStack(String project, Settings settings, Path compose, Path override, Path secrets) {
        this.project = project;
        this.settings = settings;
        this.compose = compose;
        this.override = override;
        this.secrets = secrets;
    }

    /**
     * Prepares (does not start) the stack of {@code compose} under the compose project {@code project}, its secret
     * files and second compose file in {@code dir}.
     */
    public static ComposeStack prepare(Path compose, Path dir, String project, Settings settings, String dbPassword,
                                       String discordToken) {
        try {
            Path secrets = Files.createDirectories(dir.resolve("secrets"));
            Files.writeString(secrets.resolve("db_password"), dbPassword);
            Files.writeString(secrets.resolve("discord_token"), discordToken);
            Path override = Files.writeString(dir.resolve("docker-compose.host.yml"), hostNetwork(settings));
            return new ComposeStack(project, settings, compose.toAbsolutePath().normalize(), override, secrets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> images(Map<String, String> infrastructure) {
        Map<String, String> all = new LinkedHashMap<>(infrastructure);
        SERVICES.forEach(s -> all.put(s.toUpperCase(java.util.Locale.ROOT) + "_IMAGE", "local/" + s + "-service:0.1.0"));
        return java.util.Collections.unmodifiableMap(all);
    }

    /** The images the stack takes, all built by {@code bin/images}. */
    public static List<String> images() {
        return List.copyOf(IMAGES.values());
    }

    /** Why the stack cannot run here (no engine, an image missing), or empty. */
    public static String missing() {
        if (run(Duration.ofSeconds(20), "docker", "info").exit() != 0) {
            return "no Docker engine answers";
        }
        for (String image : images()) {
            if (run(Duration.ofSeconds(20), "docker", "image", "inspect", image).exit() != 0) {
                return "no image " + image + " (bin/images builds them)";
            }
        }
        return "";
    }

    /** {@code up -d} for {@code services} (with what they depend on), or for all of them when none are given. */
    public Result up(Duration timeout, String... services) {
        List<String> up = command();
        up.addAll(List.of("up", "-d"));
        up.addAll(List.of(services));
        return run(timeout, up.toArray(String[]::new));
    }

    /** {@code down -v}: every container, network and volume of the stack removed. */
    public Result down() {
        List<String> down = command();
        down.addAll(List.of("down", "-v", "--remove-orphans"));
        return run(Duration.ofMinutes(3), down.toArray(String[]::new));
    }

    @Override
    public void close() {
        down();
    }

    /** The ids of the stack's containers still there (running or not). */
    public String containersLeft() {
        return run(Duration.ofSeconds(20), "docker", "ps", "-a", "-q", "--filter",
                "label=com.docker.compose.project=" + project).output().strip();
    }

    /** The last lines each container logged, for a failure's message. */
    public String logs() {
        List<String> logs = command();
        logs.addAll(List.of("logs", "--no-color", "--tail", "40"));
        return "\n" + run(Duration.ofSeconds(60), logs.toArray(String[]::new)).output();
    }

    /** A container's health: healthy, starting, unhealthy, or absent. */
    public String health(String service) {
        Result r = run(Duration.ofSeconds(20), "docker", "inspect", "--format", "{{.State.Health.Status}}",
                container(service));
        return r.exit() == 0 ? r.output().strip() : "absent";
    }

    /** A container's state and exit code, as "running 0" or "exited 0". */
    public String state(String service) {
        Result r = run(Duration.ofSeconds(20), "docker", "inspect", "--format", "{{.State.Status}} {{.State.ExitCode}}",
                container(service));
        return r.exit() == 0 ? r.output().strip() : "absent";
    }

    /** Memory per container as Docker counts it, one line each. */
    public String memory() {
        return run(Duration.ofSeconds(60), "docker", "stats", "--no-stream", "--format", "{{.Name}} {{.MemUsage}}")
                .output();
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + settings.kafkaPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/" + DB_NAME;
    }

    private String container(String service) {
        return project + "_" + service + "_1";
    }

    private List<String> command() {
        List<String> c = new ArrayList<>(List.of("env", "PLATFORM_DB_PASSWORD_FILE=" + secrets.resolve("db_password"),
                "DISCORD_TOKEN_FILE=" + secrets.resolve("discord_token")));
        IMAGES.forEach((variable, image) -> c.add(variable + "=" + image));
        if (!settings.relayedByConnect().isEmpty()) {
            c.add("COMPOSE_PROFILES=connect");
        }
        c.addAll(List.of("docker-compose", "-p", project, "-f", compose.toString(), "-f", override.toString()));
        return c;
    }

    /** The second compose file: loopback host networking, so addresses and ports are the host's. */
    static String hostNetwork(Settings s) {
        Map<String, Map<String, String>> env = new LinkedHashMap<>();
        env.put("postgres", Map.of("POSTGRES_PORT", Integer.toString(s.postgresPort())));
        env.put("kafka", Map.of("KAFKA_PORT", Integer.toString(s.kafkaPort()),
                "KAFKA_CONTROLLER_PORT", Integer.toString(s.kafkaPort() + 1)));
        for (String service : SERVICES) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("PLATFORM_DB_URL", "jdbc:postgresql://127.0.0.1:" + s.postgresPort() + "/" + DB_NAME);
            e.put("PLATFORM_KAFKA_BOOTSTRAP", "127.0.0.1:" + s.kafkaPort());
            if (s.relayedByConnect().contains(service)) {
                e.put("PLATFORM_RELAY_ENABLED", "false");
            }
            env.put(service, e);
        }
        env.put("connect", Map.of("CONNECT_BOOTSTRAP_SERVERS", "127.0.0.1:" + s.kafkaPort(),
                "CONNECT_PORT", Integer.toString(s.connectPort()), "CONNECT_ADVERTISED_HOST", "127.0.0.1"));
        env.put("connect-setup", Map.of("CONNECT_URL", "http://127.0.0.1:" + s.connectPort(),
                "SERVICES", String.join(" ", s.relayedByConnect()), "DB_HOST", "127.0.0.1",
                "DB_PORT", Integer.toString(s.postgresPort())));
        s.environment().forEach((service, more) -> env.merge(service, more, (a, b) -> {
            Map<String, String> m = new LinkedHashMap<>(a);
            m.putAll(b);
            return m;
        }));
        Map<String, Integer> healthPort = Map.of("postgres", s.postgresPort(), "kafka", s.kafkaPort());
        StringBuilder y = new StringBuilder("services:\n");
        env.forEach((service, e) -> {
            y.append("  ").append(service).append(":\n    network_mode: host\n    environment:\n");
            e.forEach((k, v) -> y.append("      ").append(k).append(": \"").append(v).append("\"\n"));
            if (healthPort.containsKey(service)) {
                y.append("    healthcheck:\n      test: [\"CMD\", \"bash\", \"-c\", \"exec 3<>/dev/tcp/127.0.0.1/")
                        .append(healthPort.get(service)).append("\"]\n");
            } else if (service.equals("connect")) {
                y.append("    healthcheck:\n      test: [\"CMD\", \"curl\", \"-fsS\", \"http://127.0.0.1:")
                        .append(s.connectPort()).append("/connectors\"]\n");
            }
        });
        return y.toString();
    }

    /** Runs a command, waiting at most {@code timeout}; a failure to start it is an exit code of -1 with the reason. */
    public static Result run(Duration timeout, String... command) {
        try {
            Path out = Files.createTempFile("command", ".log");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
                if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Result(-1, "timed out after " + timeout + ": " + String.join(" ", command) + "\n"
                            + Files.readString(out));
                }
                return new Result(p.exitValue(), Files.readString(out));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }
}
