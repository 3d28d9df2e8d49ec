package community.platform.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MessageView;
import community.platform.testkit.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rate limits (docs: developers/topics/rate-limits.mdx) and the faults of a network between a bot and Discord: what
 * a bot meets on the real service, on by default in the emulator.
 */
class DiscordFaultsTest {

    private static DiscordEmulator emulator;
    private static JdaClient client;
    private static GuildScript guild;

    @BeforeAll
    static void logIn() throws Exception {
        emulator = DiscordEmulator.start();
        guild = emulator.createGuild("Faults");
        for (String c : List.of("a", "b", "lost", "failing", "storm")) {
            guild.textChannel(c);
        }
        guild.member("alice");
        client = JdaClient.logIn(emulator);
        client.jda.updateCommands().addCommands(Commands.slash("ask", "Ask")).complete();
    }

    @AfterEach
    void discordAsUsual() {
        emulator.faults(Faults.NONE);
        emulator.discordRateLimits();
        emulator.rateLimitStorm(0, Duration.ZERO);
        emulator.invalidRequestBudget(10_000, Duration.ofMinutes(10));
    }

    @AfterAll
    static void logOut() {
        client.close();
        emulator.close();
    }

    @Test
    @DisplayName("by default the emulator limits routes as Discord does: the sixth message in 5 s to one channel gets 429 with its bucket, another channel does not")
    void perRouteBuckets() throws Exception {
        emulator.faults(Faults.NONE);
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            answers.add(client.rest("POST", "channels/" + guild.channelId("a") + "/messages", "{\"content\":\"" + k
                    + "\"}"));
        }
        assertThat(answers.subList(0, 5)).allMatch(r -> r.statusCode() == 200);
        HttpResponse<String> limited = answers.get(5);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("X-RateLimit-Scope")).hasValue("user");
        assertThat(limited.headers().firstValue("X-RateLimit-Limit")).hasValue("5");
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(Payloads.JSON.readTree(limited.body()).path("retry_after").asDouble()).isPositive();
        assertThat(client.rest("POST", "channels/" + guild.channelId("b") + "/messages", "{\"content\":\"b\"}")
                .statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("the global limit: over 50 requests in a second get 429 with X-RateLimit-Global and scope global")
    void globalLimit() throws Exception {
        emulator.faults(Faults.NONE);
        HttpResponse<String> limited = null;
        // waves of 60 requests sent at once on one client: over 50 within a second however slow the machine is
        // (one request after another on a busy machine may never make 50 in a second)
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest me = HttpRequest.newBuilder(URI.create(emulator.restUrl() + "users/@me"))
                    .header("Authorization", "Bot " + emulator.token()).GET().build();
            for (int wave = 0; wave < 5 && limited == null; wave++) {
                List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
                for (int k = 0; k < 60; k++) {
                    sent.add(http.sendAsync(me, HttpResponse.BodyHandlers.ofString()));
                }
                for (var answer : sent) {
                    HttpResponse<String> r = answer.join();
                    if (r.statusCode() == 429 && limited == null) {
                        limited = r;
                    }
                }
            }
        }
        assertThat(limited).as("a 429 within 5 waves of 60 requests").isNotNull();
        assertThat(limited.headers().firstValue("X-RateLimit-Global")).hasValue("true");
        assertThat(limited.headers().firstValue("X-RateLimit-Scope")).hasValue("global");
        assertThat(Payloads.JSON.readTree(limited.body()).path("global").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("a shared-scope 429 keeps the bot's bucket headers and does not count against the invalid-request budget")
    void sharedScope() throws Exception {
        emulator.faults(Faults.NONE);
        emulator.rateLimitStorm(1, Duration.ofSeconds(5));
        emulator.invalidRequestBudget(2, Duration.ofMinutes(1));
        String path = "channels/" + guild.channelId("storm") + "/messages";
        assertThat(client.rest("POST", path, "{\"content\":\"1\"}").statusCode()).isEqualTo(200);
        for (int k = 0; k < 3; k++) {
            HttpResponse<String> shared = client.rest("POST", path, "{\"content\":\"again\"}");
            assertThat(shared.statusCode()).isEqualTo(429);
            assertThat(shared.headers().firstValue("X-RateLimit-Scope")).hasValue("shared");
            assertThat(shared.headers().firstValue("X-RateLimit-Bucket")).isPresent();
            assertThat(shared.headers().firstValue("X-RateLimit-Remaining")).isPresent();
            assertThat(Payloads.JSON.readTree(shared.body()).path("message").asString())
                    .isEqualTo("The resource is being rate limited.");
        }
        assertThat(client.rest("GET", "users/@me", null).statusCode()).as("not banned").isEqualTo(200);
    }

    @Test
    @DisplayName("the invalid-request budget: after it, every request is refused as Cloudflare does (429, no JSON, no Via)")
    void invalidRequestBan() throws Exception {
        emulator.faults(Faults.NONE);
        emulator.invalidRequestBudget(20, Duration.ofMinutes(1));
        HttpClient http = HttpClient.newHttpClient();
        for (int k = 0; k < 20; k++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(emulator.restUrl() + "users/@me"))
                    .header("Authorization", "Bot wrong").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> banned = client.rest("GET", "users/@me", null);
        assertThat(banned.statusCode()).isEqualTo(429);
        assertThat(banned.headers().firstValue("Via")).isEmpty();
        assertThat(banned.body()).isEqualTo("error code: 1015");
        emulator.invalidRequestBudget(10_000, Duration.ofMinutes(10));
        assertThat(client.rest("GET", "users/@me", null).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("an answer lost on the way back: JDA retries, and a create with an enforced nonce still posts one message")
    void lostAnswers() throws Exception {
        TextChannel lost = JdaClient.cached(() -> client.jda.getTextChannelById(guild.channelId("lost")));
        emulator.faults(new Faults(Duration.ZERO, 0, 1.0, false, 7));
        assertThatThrownBy(() -> lost.sendMessage("once").setNonce("action-1").complete())
                .isInstanceOf(ErrorResponseException.class);
        assertThat(emulator.calls("POST /channels/{channel}/messages")).filteredOn(c -> c.path().contains(
                Long.toString(guild.channelId("lost")))).hasSizeGreaterThan(1);
        // the gateway tries again once Discord answers: the same nonce gives the same message
        emulator.faults(Faults.NONE);
        lost.sendMessage("once").setNonce("action-1").complete();
        assertThat(guild.messages("lost")).extracting(MessageView::content).containsExactly("once");
    }

    @Test
    @DisplayName("5xx answers: 500 is not performed and JDA gives up, 503 is retried by JDA")
    void serverErrors() throws Exception {
        TextChannel failing = JdaClient.cached(() -> client.jda.getTextChannelById(guild.channelId("failing")));
        emulator.faults(new Faults(Duration.ofMillis(5), 1.0, 0, false, 3));
        assertThatThrownBy(() -> failing.sendMessage("never").setNonce("action-2").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.isServerError()).isTrue());
        assertThat(guild.messages("failing")).isEmpty();
        assertThat(emulator.calls("POST /channels/{channel}/messages")).extracting(c -> c.status())
                .contains(500);
    }

    @Test
    @DisplayName("an interaction's token expires (lifetime adjustable): an edit after it gets 50027 Invalid Webhook Token")
    void tokenExpiry() throws Exception {
        emulator.faults(Faults.NONE);
        emulator.interactionTokenLifetime(Duration.ofMillis(300));
        try {
            client.events.clear();
            InteractionTicket ticket = guild.member("alice").runs("#a", "/ask", Map.of());
            SlashCommandInteractionEvent e = client.next(SlashCommandInteractionEvent.class);
            e.deferReply().complete();
            java.time.Instant expired = ticket.createdAt().plusMillis(400);
            Await.until("the token's lifetime to pass", JdaClient.WAIT,
                    () -> java.time.Instant.now().isAfter(expired));
            assertThatThrownBy(() -> e.getHook().editOriginal("too late").complete())
                    .isInstanceOfSatisfying(ErrorResponseException.class, ex -> assertThat(ex.getErrorResponse())
                            .isEqualTo(ErrorResponse.INVALID_WEBHOOK_TOKEN));
        } finally {
            emulator.interactionTokenLifetime(Duration.ofMinutes(15));
        }
    }
}
