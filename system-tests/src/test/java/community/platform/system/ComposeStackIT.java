package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import community.platform.contracts.probe.SendProbe;
import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.TopicTail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root {@code docker-compose.yml} RUN on a Docker engine with the images {@code bin/images} builds: {@code up},
 * every container healthy (with the profile {@code connect}: the gateway's and voting's outboxes relayed by the Kafka
 * Connect worker and its connectors registered by the one-shot, the other services relaying their own), a probe through every service's pipeline, a slash command from a member in the Discord
 * emulator (outside the containers) through the gateway to the voting service and back, {@code down} with nothing left
 * running. Containers use the host's network on loopback (a second compose file, as the machines of this project
 * forbid bridge addresses). Like {@link RealInfra}, it follows {@code PLATFORM_TEST_INFRA}: {@code containers} runs
 * it (a missing engine or image fails it), {@code auto} runs it where a Docker engine answers and the images exist and
 * skips it elsewhere, saying why, and {@code embedded} skips it.
 */
class ComposeStackIT {

    static final String PROJECT = "cptest";
    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int CONNECT_PORT = 18083;
    static final List<String> SERVICES = List.of("gateway", "voting", "economy", "raid", "moderation", "scheduler");
    /**
     * Relayed by the Kafka Connect worker (the profile {@code connect}, these services with the embedded relay off);
     * the others relay their own outbox (embedded Debezium): one stack runs both of the file's relay choices.
     */
    static final List<String> RELAYED_BY_CONNECT = List.of("gateway", "voting");
    static final Duration HEALTHY = Duration.ofMinutes(5);
    static final Duration ROUND_TRIP = Duration.ofSeconds(60);

    @Test
    @DisplayName("GIVEN the images WHEN docker compose up with two services relayed by the Connect worker and four by their own THEN every container is healthy and the connectors registered, a probe goes through every pipeline, a slash command is answered, and down leaves nothing running")
    void composeStack(@TempDir Path dir) throws Exception {
        String asked = RealInfra.asked();
        assumeFalse(asked.equals("embedded"), "PLATFORM_TEST_INFRA=embedded: no container runs");
        // asked for containers, their absence is a failure; otherwise (auto) the test is skipped, saying why
        java.util.function.BiConsumer<Boolean, String> need = asked.equals("containers")
                ? (holds, why) -> assertThat(holds).as(why).isTrue() : (holds, why) -> assumeTrue(holds, why);
        need.accept(run(Duration.ofSeconds(20), "docker", "info").exit() == 0, "no Docker engine answers");
        for (String image : images()) {
            need.accept(run(Duration.ofSeconds(20), "docker", "image", "inspect", image).exit() == 0,
                    "no image " + image + " (bin/images builds them)");
        }
        Path compose = Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();
        Path secrets = Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(secrets.resolve("db_password"), "compose-secret");
        try (DiscordEmulator discord = DiscordEmulator.start()) {
            GuildScript guild = discord.createGuild("Compose");
            guild.textChannel("proposals");
            MemberScript member = guild.member("ada");
            Files.writeString(secrets.resolve("discord_token"), discord.token());
            Path override = Files.writeString(dir.resolve("docker-compose.host.yml"), hostNetwork(discord));
            List<String> up = composeCommand(compose, override, secrets);
            up.addAll(List.of("up", "-d"));
            try {
                long upAt = System.nanoTime();
                Result started = run(HEALTHY, up.toArray(String[]::new));
                assertThat(started.exit()).as(() -> started.output() + logs(compose, override, secrets)).isZero();
                try {
                    Await.until("every container healthy", HEALTHY, () -> SERVICES.stream()
                            .allMatch(s -> "healthy".equals(health(s))) && "healthy".equals(health("postgres"))
                            && "healthy".equals(health("kafka")) && "healthy".equals(health("connect")));
                    Await.until("the connectors registered", HEALTHY, () -> !state("connect-setup").startsWith("running"));
                    assertThat(state("connect-setup")).as("connect-setup's end").isEqualTo("exited 0");
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + logs(compose, override, secrets), e);
                }
                // the figures the README reports: up -> every container healthy, and the stack's memory
                System.out.printf("compose: up -> all healthy in %.1f s%n%s", (System.nanoTime() - upAt) / 1e9,
                        run(Duration.ofSeconds(60), "docker", "stats", "--no-stream", "--format",
                                "{{.Name}} {{.MemUsage}}").output());

                // a probe through every service's pipeline: command -> handler -> outbox -> relay -> event
                try (var sender = new CommandSender("127.0.0.1:" + KAFKA_PORT)) {
                    for (String s : SERVICES) {
                        try (var events = new TopicTail("127.0.0.1:" + KAFKA_PORT, s + ".events")) {
                            sender.send(s + ".commands", "compose-" + s, new SendProbe("1", "compose-" + s, 0,
                                    Instant.now()));
                            events.awaitUntil(r -> r.stream().anyMatch(e -> ("compose-" + s).equals(e.key())
                                    && e.ceType().equals("platform.ProbeEchoed.v1")), ROUND_TRIP);
                        }
                    }
                }

                // those of RELAYED_BY_CONNECT came through the worker: its connectors hold their slots (a second
                // reader, an embedded relay left on, would have failed their tasks)
                for (String s : RELAYED_BY_CONNECT) {
                    String status = get("http://127.0.0.1:" + CONNECT_PORT + "/connectors/" + s + "-outbox/status");
                    assertThat(status).as(s + "-outbox").contains("\"state\":\"RUNNING\"").doesNotContain("FAILED");
                }

                // a member's slash command through the gateway in its container to voting and back
                discord.awaitBot(ROUND_TRIP);
                InteractionTicket t = member.runs("#proposals", "/proposal", Map.of("title", "Compose works?"));
                assertThat(t.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP).text()).contains("Proposal #1",
                        "Compose works?");
            } finally {
                List<String> down = composeCommand(compose, override, secrets);
                down.addAll(List.of("down", "-v", "--remove-orphans"));
                Result stopped = run(Duration.ofMinutes(3), down.toArray(String[]::new));
                assertThat(stopped.exit()).as(stopped.output()).isZero();
            }
            Result left = run(Duration.ofSeconds(20), "docker", "ps", "-a", "-q", "--filter",
                    "label=com.docker.compose.project=" + PROJECT);
            assertThat(left.output().strip()).as("containers left running").isEmpty();
        }
    }

    /** The last lines each container logged, for a failure's message. */
    static String logs(Path compose, Path override, Path secrets) {
        List<String> logs = composeCommand(compose, override, secrets);
        logs.addAll(List.of("logs", "--no-color", "--tail", "40"));
        return "\n" + run(Duration.ofSeconds(60), logs.toArray(String[]::new)).output();
    }

    static List<String> images() {
        List<String> out = new ArrayList<>(List.of("local/postgres:17", "local/kafka:4.3", "local/outbox-connect:0.1.0"));
        SERVICES.forEach(s -> out.add("local/" + s + "-service:0.1.0"));
        return out;
    }

    /** The test's second compose file: loopback host networking, so addresses and ports are the host's. */
    static String hostNetwork(DiscordEmulator discord) {
        StringBuilder y = new StringBuilder("services:\n");
        y.append("  postgres:\n    network_mode: host\n    environment:\n      POSTGRES_PORT: \"").append(POSTGRES_PORT)
                .append("\"\n    healthcheck:\n      test: [\"CMD\", \"bash\", \"-c\", \"exec 3<>/dev/tcp/127.0.0.1/")
                .append(POSTGRES_PORT).append("\"]\n");
        y.append("  kafka:\n    network_mode: host\n    environment:\n      KAFKA_PORT: \"").append(KAFKA_PORT)
                .append("\"\n      KAFKA_CONTROLLER_PORT: \"").append(KAFKA_PORT + 1)
                .append("\"\n    healthcheck:\n      test: [\"CMD\", \"bash\", \"-c\", \"exec 3<>/dev/tcp/127.0.0.1/")
                .append(KAFKA_PORT).append("\"]\n");
        for (String s : SERVICES) {
            y.append("  ").append(s).append(":\n    network_mode: host\n    environment:\n")
                    .append("      PLATFORM_DB_URL: jdbc:postgresql://127.0.0.1:").append(POSTGRES_PORT)
                    .append("/community\n      PLATFORM_KAFKA_BOOTSTRAP: 127.0.0.1:").append(KAFKA_PORT).append('\n');
            if (s.equals("gateway")) {
                y.append("      GATEWAY_DISCORD_RESTURL: ").append(discord.restUrl()).append('\n');
            }
            if (RELAYED_BY_CONNECT.contains(s)) {
                y.append("      PLATFORM_RELAY_ENABLED: \"false\"\n");
            }
        }
        y.append("  connect:\n    network_mode: host\n    environment:\n      CONNECT_BOOTSTRAP_SERVERS: 127.0.0.1:")
                .append(KAFKA_PORT).append("\n      CONNECT_PORT: \"").append(CONNECT_PORT)
                .append("\"\n      CONNECT_ADVERTISED_HOST: 127.0.0.1\n")
                .append("    healthcheck:\n      test: [\"CMD\", \"curl\", \"-fsS\", \"http://127.0.0.1:").append(CONNECT_PORT)
                .append("/connectors\"]\n");
        y.append("  connect-setup:\n    network_mode: host\n    environment:\n      CONNECT_URL: http://127.0.0.1:")
                .append(CONNECT_PORT).append("\n      SERVICES: ").append(String.join(" ", RELAYED_BY_CONNECT))
                .append("\n      DB_HOST: 127.0.0.1\n      DB_PORT: \"").append(POSTGRES_PORT).append("\"\n");
        return y.toString();
    }

    static List<String> composeCommand(Path compose, Path override, Path secrets) {
        return new ArrayList<>(List.of("env", "POSTGRES_IMAGE=local/postgres:17", "KAFKA_IMAGE=local/kafka:4.3",
                "GATEWAY_IMAGE=local/gateway-service:0.1.0", "VOTING_IMAGE=local/voting-service:0.1.0",
                "ECONOMY_IMAGE=local/economy-service:0.1.0", "RAID_IMAGE=local/raid-service:0.1.0",
                "MODERATION_IMAGE=local/moderation-service:0.1.0", "SCHEDULER_IMAGE=local/scheduler-service:0.1.0",
                "CONNECT_IMAGE=local/outbox-connect:0.1.0", "COMPOSE_PROFILES=connect",
                "PLATFORM_DB_PASSWORD_FILE=" + secrets.resolve("db_password"),
                "DISCORD_TOKEN_FILE=" + secrets.resolve("discord_token"),
                "docker-compose", "-p", PROJECT, "-f", compose.toString(), "-f", override.toString()));
    }

    static String health(String service) {
        Result r = run(Duration.ofSeconds(20), "docker", "inspect", "--format", "{{.State.Health.Status}}",
                PROJECT + "_" + service + "_1");
        return r.exit() == 0 ? r.output().strip() : "absent";
    }

    /** A container's state and exit code, as "running 0" or "exited 0". */
    static String state(String service) {
        Result r = run(Duration.ofSeconds(20), "docker", "inspect", "--format", "{{.State.Status}} {{.State.ExitCode}}",
                PROJECT + "_" + service + "_1");
        return r.exit() == 0 ? r.output().strip() : "absent";
    }

    /** The body of a GET, or the failure in words. */
    static String get(String url) {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .timeout(Duration.ofSeconds(20)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    record Result(int exit, String output) {
    }

    static Result run(Duration timeout, String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), new String(out));
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }
}
