package community.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The gateway's Discord-action consumer never stops without saying so: it recovers by itself from a database outage
 * and from a channel whose actions take longer than Kafka's poll interval, and its health says when it cannot work.
 * Edits piling up behind a slow channel fold into the last one, each recorded once, and delivered again change nothing.
 */
class ActionConsumerRecoveryIT {

    static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static DiscordEmulator discord;
    static GuildScript guild;
    static RunningApp gateway;
    static CommandSender sender;

    /** Kafka's poll interval down to two seconds, readiness down after one second of failures. */
    @BeforeAll
    static void start() {
        discord = DiscordEmulator.start();
        guild = discord.createGuild("Actions");
        guild.textChannel("slow");
        guild.textChannel("other");
        guild.textChannel("edits");
        sender = new CommandSender(infra.bootstrapServers());
        gateway = RunningApp.start(GatewayServiceApplication.class, infra, List.of("--platform.service=gateway",
                "--gateway.discord.rest-url=" + discord.restUrl(), "--gateway.discord.token=" + discord.token(),
                "--gateway.actions.unhealthy-after=1s",
                "--spring.cloud.stream.kafka.bindings.discordActions-in-0.consumer.configuration.max.poll.interval.ms=2000"));
        discord.awaitBot(WAIT);
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        sender.close();
        discord.close();
    }

    String post(String channel, String text) {
        String id = UUID.randomUUID().toString();
        sender.send(infra.topic(Topics.DISCORD_ACTIONS.name()), Long.toString(guild.channelId(channel)), id,
                new SendChannelMessage(Long.toString(guild.id()), Long.toString(guild.channelId(channel)),
                        DiscordMessage.text(text)));
        return id;
    }

    long shown(String channel, String text) {
        return guild.messages(channel).stream().map(MessageView::text).filter(t -> t.contains(text)).count();
    }

    int health(String group) {
        return healthResponse(group).statusCode();
    }

    /** The status of the action consumer's own health component. */
    String actionsStatus() {
        var body = new tools.jackson.databind.ObjectMapper().readTree(healthResponse("").body());
        return body.path("components").path("discordActions").path("status").asString();
    }

    HttpResponse<String> healthResponse(String group) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + gateway.port() + "/actuator/health" + group)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("the database stopped under the gateway: readiness goes down, liveness stays up; started again: every action performed once, ready again")
    void databaseOutage() throws Exception {
        post("other", "before the outage");
        Await.until("the first message", WAIT, () -> shown("other", "before the outage") == 1);
        infra.postgres().stop();
        try {
            for (int i = 0; i < 5; i++) {
                post("other", "during the outage " + i);
            }
            Await.until("the action consumer to say it keeps failing", WAIT,
                    () -> actionsStatus().equals("OUT_OF_SERVICE"));
            assertThat(health("/readiness")).isEqualTo(503);
            assertThat(healthResponse("/readiness").body()).as("readiness includes the action consumer")
                    .contains("\"discordActions\"");
            assertThat(health("/liveness")).as("alive: it will recover by itself").isEqualTo(200);
        } finally {
            infra.postgres().start();
        }
        Await.until("every action of the outage performed", WAIT, () -> {
            for (int i = 0; i < 5; i++) {
                if (shown("other", "during the outage " + i) != 1) {
                    return false;
                }
            }
            return true;
        });
        Await.until("ready again", WAIT, () -> health("/readiness") == 200 && actionsStatus().equals("UP"));
        post("other", "after the outage");
        Await.until("an action after the outage", WAIT, () -> shown("other", "after the outage") == 1);
        Await.holds("each message once", Duration.ofSeconds(1), () -> shown("other", "outage") == 7);
    }

    @Test
    @DisplayName("a channel whose actions take longer than the poll interval: the consumer stays in its group and goes on, each action once")
    void slowChannelOutlastsThePollInterval() throws Exception {
        // one message a second on every route: ten messages to one channel take ten seconds
        discord.rateLimit(1, Duration.ofSeconds(1));
        for (int i = 0; i < 10; i++) {
            post("slow", "slow " + i);
        }
        Await.until("the slow channel's ten messages", WAIT, () -> guild.messages("slow").size() == 10);
        discord.rateLimit(0, Duration.ZERO);
        post("other", "after the long batch");
        Await.until("an action after the long batch", WAIT, () -> shown("other", "after the long batch") == 1);
        for (int i = 0; i < 10; i++) {
            assertThat(shown("slow", "slow " + i)).as("slow " + i).isEqualTo(1);
        }
        assertThat(actionsStatus()).isEqualTo("UP");
    }

    @Test
    @DisplayName("twenty edits of one message behind a slow action: the message shows the last, Discord is asked far fewer times, each edit recorded once; the same edits delivered again change nothing")
    void editsOfOneMessageFoldIntoTheLast() throws Exception {
        post("edits", "to be edited");
        Await.until("the message to edit", WAIT, () -> shown("edits", "to be edited") == 1);
        long messageId = guild.messages("edits").getFirst().id();
        String channel = Long.toString(guild.channelId("edits"));
        List<UUID> edits = new java.util.ArrayList<>();
        discord.rateLimit(1, Duration.ofSeconds(1));
        try {
            // the channel's lane is busy for a second: the edits sent meanwhile come in the next poll
            post("edits", "holding the channel");
            for (int i = 0; i < 20; i++) {
                edits.add(edit(channel, messageId, UUID.randomUUID(), i));
            }
            Await.until("the last edit shown", WAIT, () -> shown("edits", "edit 19") == 1);
        } finally {
            discord.rateLimit(0, Duration.ZERO);
        }
        JdbcTemplate jdbc = gateway.bean(JdbcTemplate.class);
        Await.until("every edit recorded", WAIT, () -> recorded(jdbc, edits) == 20);
        long asked = editCalls(messageId);
        assertThat(asked).as("edits Discord was asked for").isBetween(1L, 9L);
        assertThat(jdbc.queryForObject("select count(*) from performed_action where action_id = any(?)"
                + " and outcome like 'replaced by the later edit %'", Long.class, (Object) edits.toArray(UUID[]::new)))
                .as("edits recorded as replaced by a later one").isEqualTo(20 - asked);

        for (int i = 0; i < 20; i++) {
            edit(channel, messageId, edits.get(i), i);
        }
        post("edits", "after the replay");
        Await.until("an action after the replay", WAIT, () -> shown("edits", "after the replay") == 1);
        assertThat(editCalls(messageId)).as("the replayed edits were all skipped").isEqualTo(asked);
        assertThat(shown("edits", "edit 19")).isEqualTo(1);
        assertThat(recorded(jdbc, edits)).isEqualTo(20);
    }

    UUID edit(String channel, long messageId, UUID id, int i) {
        sender.send(infra.topic(Topics.DISCORD_ACTIONS.name()), channel, id.toString(), new EditChannelMessage(
                Long.toString(guild.id()), channel, Long.toString(messageId), DiscordMessage.text("edit " + i)));
        return id;
    }

    long editCalls(long messageId) {
        return discord.calls().stream()
                .filter(c -> c.method().equals("PATCH") && c.path().endsWith("/messages/" + messageId)).count();
    }

    static long recorded(JdbcTemplate jdbc, List<UUID> ids) {
        return jdbc.queryForObject("select count(*) from performed_action where action_id = any(?)", Long.class,
                (Object) ids.toArray(UUID[]::new));
    }
}
