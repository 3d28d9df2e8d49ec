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
import community.platform.testkit.ComposeStack;
import community.platform.testkit.RealInfra;
import community.platform.testkit.TopicTail;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
        String missing = ComposeStack.missing();
        if (asked.equals("containers")) {
            assertThat(missing).as("what the stack needs").isEmpty();
        }
        assumeTrue(missing.isEmpty(), missing);
        try (DiscordEmulator discord = DiscordEmulator.start()) {
            GuildScript guild = discord.createGuild("Compose");
            guild.textChannel("proposals");
            MemberScript member = guild.member("ada");
            ComposeStack stack = ComposeStack.prepare(Path.of("..", "docker-compose.yml"), dir, PROJECT,
                    new ComposeStack.Settings(POSTGRES_PORT, KAFKA_PORT, CONNECT_PORT, RELAYED_BY_CONNECT,
                            Map.of("gateway", Map.of("GATEWAY_DISCORD_RESTURL", discord.restUrl()))),
                    "compose-secret", discord.token());
            try {
                long upAt = System.nanoTime();
                ComposeStack.Result started = stack.up(HEALTHY);
                assertThat(started.exit()).as(() -> started.output() + stack.logs()).isZero();
                try {
                    Await.until("every container healthy", HEALTHY, () -> ComposeStack.SERVICES.stream()
                            .allMatch(s -> "healthy".equals(stack.health(s)))
                            && "healthy".equals(stack.health("postgres")) && "healthy".equals(stack.health("kafka"))
                            && "healthy".equals(stack.health("connect")));
                    Await.until("the connectors registered", HEALTHY,
                            () -> !stack.state("connect-setup").startsWith("running"));
                    assertThat(stack.state("connect-setup")).as("connect-setup's end").isEqualTo("exited 0");
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + stack.logs(), e);
                }
                // the figures the README reports: up -> every container healthy, and the stack's memory
                System.out.printf("compose: up -> all healthy in %.1f s%n%s", (System.nanoTime() - upAt) / 1e9,
                        stack.memory());

                // a probe through every service's pipeline: command -> handler -> outbox -> relay -> event
                try (var sender = new CommandSender(stack.kafkaBootstrap())) {
                    for (String s : ComposeStack.SERVICES) {
                        try (var events = new TopicTail(stack.kafkaBootstrap(), s + ".events")) {
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
                ComposeStack.Result stopped = stack.down();
                assertThat(stopped.exit()).as(stopped.output()).isZero();
            }
            assertThat(stack.containersLeft()).as("containers left running").isEmpty();
        }
    }

    /** The body of a GET, or the failure in words. */
    static String get(String url) {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .timeout(Duration.ofSeconds(20)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }
}
