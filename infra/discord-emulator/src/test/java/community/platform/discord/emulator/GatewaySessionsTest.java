package community.platform.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.discord.emulator.gateway.GatewayServer;
import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.script.GuildScript;
import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The gateway as Discord runs it (docs: developers/events/gateway.mdx "Resuming", "Gateway Restrictions", "List of
 * Intents"; gateway-events.mdx "Guild Create", "Request Guild Members", "Rate Limited"; change log "Introducing Rate
 * Limit When Requesting All Guild Members"), seen through a raw WebSocket where JDA would hide the frames.
 */
class GatewaySessionsTest {

    private static final long MEMBERS_AND_GUILDS = GatewayServer.INTENT_GUILDS | GatewayServer.INTENT_GUILD_MEMBERS;
    private static DiscordEmulator emulator;
    private static GuildScript crowd;

    @BeforeAll
    static void start() {
        emulator = DiscordEmulator.start();
        emulator.faults(Faults.NONE);
        crowd = emulator.createGuild("Crowd");
        crowd.voiceChannel("Stage");
        for (int k = 0; k < 5000; k++) {
            crowd.member("m" + k);
        }
        crowd.member("speaker").joinsVoice("Stage");
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    @DisplayName("GUILD_CREATE carries only the bot and members in voice; op 8 sends everyone in chunks of 1,000, a second full request within 30 s gets RATE_LIMITED")
    void membersInChunks() throws Exception {
        try (RawSession s = RawSession.identify(emulator, MEMBERS_AND_GUILDS)) {
            JsonNode guildCreate = s.await(f -> "GUILD_CREATE".equals(f.path("t").asString())
                    && f.at("/d/name").asString().equals("Crowd"));
            assertThat(guildCreate.at("/d/members")).extracting(m -> m.at("/user/username").asString())
                    .containsExactlyInAnyOrder("Community Platform", "speaker");
            int everyone = crowd.memberIds().size();
            int chunks = (everyone + 999) / 1000;
            assertThat(guildCreate.at("/d/member_count").asInt()).isEqualTo(everyone);
            assertThat(guildCreate.at("/d/large").asBoolean()).isTrue();
            String guildId = guildCreate.at("/d/id").asString();

            s.send("{\"op\":8,\"d\":{\"guild_id\":\"" + guildId + "\",\"query\":\"\",\"limit\":0,\"nonce\":\"all\"}}");
            int members = 0;
            for (int c = 0; c < chunks; c++) {
                JsonNode chunk = s.await(f -> "GUILD_MEMBERS_CHUNK".equals(f.path("t").asString()));
                assertThat(chunk.at("/d/chunk_index").asInt()).isEqualTo(c);
                assertThat(chunk.at("/d/chunk_count").asInt()).isEqualTo(chunks);
                assertThat(chunk.at("/d/nonce").asString()).isEqualTo("all");
                members += chunk.at("/d/members").size();
            }
            assertThat(members).isEqualTo(everyone);

            s.send("{\"op\":8,\"d\":{\"guild_id\":\"" + guildId + "\",\"query\":\"\",\"limit\":0,\"nonce\":\"again\"}}");
            JsonNode limited = s.await(f -> "RATE_LIMITED".equals(f.path("t").asString()));
            assertThat(limited.at("/d/opcode").asInt()).isEqualTo(8);
            assertThat(limited.at("/d/retry_after").asDouble()).isBetween(1.0, 30.0);
            assertThat(limited.at("/d/meta/guild_id").asString()).isEqualTo(guildId);
            assertThat(limited.at("/d/meta/nonce").asString()).isEqualTo("again");

            // a request by user id is not the all-members request: answered at once
            s.send("{\"op\":8,\"d\":{\"guild_id\":\"" + guildId + "\",\"user_ids\":[\"" + emulator.botUserId()
                    + "\"],\"limit\":0}}");
            assertThat(s.await(f -> "GUILD_MEMBERS_CHUNK".equals(f.path("t").asString())).at("/d/members"))
                    .hasSize(1);
        }
    }

    @Test
    @DisplayName("an application without the members intent enabled is closed with 4014 Disallowed intent(s)")
    void privilegedIntent() throws Exception {
        emulator.enabledPrivilegedIntents(0);
        try (RawSession s = RawSession.connect(emulator)) {
            s.send("{\"op\":2,\"d\":{\"token\":\"" + emulator.token() + "\",\"intents\":" + MEMBERS_AND_GUILDS
                    + ",\"properties\":{}}}");
            assertThat(s.closed.poll(10, TimeUnit.SECONDS)).isEqualTo(4014);
        } finally {
            emulator.enabledPrivilegedIntents(GatewayServer.PRIVILEGED);
        }
    }

    @Test
    @DisplayName("events follow intents: a session without the members intent hears of no member joining")
    void intentsFilterEvents() throws Exception {
        try (RawSession without = RawSession.identify(emulator, GatewayServer.INTENT_GUILDS);
             RawSession with = RawSession.identify(emulator, MEMBERS_AND_GUILDS)) {
            crowd.member("newcomer");
            with.await(f -> "GUILD_MEMBER_ADD".equals(f.path("t").asString()));
            crowd.textChannel("after-newcomer");
            JsonNode next = without.await(f -> f.path("op").asInt() == 0 && !"GUILD_CREATE".equals(f.path("t")
                    .asString()) && !"READY".equals(f.path("t").asString()));
            assertThat(next.path("t").asString()).isEqualTo("CHANNEL_CREATE");
        }
    }

    @Test
    @DisplayName("a RESUME within the window replays the events missed meanwhile, in order, then RESUMED")
    void resume() throws Exception {
        String sessionId;
        long seq;
        try (RawSession first = RawSession.identify(emulator, MEMBERS_AND_GUILDS)) {
            sessionId = first.ready.at("/d/session_id").asString();
            first.await(f -> "GUILD_CREATE".equals(f.path("t").asString()));
            seq = first.lastSequence;
            // "close code 1000 or 1001, your session will be invalidated"
            first.ws.closeBlocking();
        }
        // a closed (1000) session cannot resume
        try (RawSession again = RawSession.connect(emulator)) {
            again.send(resume(sessionId, seq));
            assertThat(again.await(f -> f.path("op").asInt() == 9).path("d").asBoolean()).isFalse();
        }
        try (RawSession dropped = RawSession.identify(emulator, MEMBERS_AND_GUILDS)) {
            sessionId = dropped.ready.at("/d/session_id").asString();
            dropped.await(f -> "GUILD_CREATE".equals(f.path("t").asString())
                    && f.at("/d/name").asString().equals("Crowd"));
            seq = dropped.lastSequence;
            dropped.ws.close(4000, "network");
            dropped.closed.poll(10, TimeUnit.SECONDS);
        }
        crowd.member("while-away-1");
        crowd.member("while-away-2");
        try (RawSession back = RawSession.connect(emulator)) {
            back.send(resume(sessionId, seq));
            JsonNode first = back.await(f -> f.path("op").asInt() == 0);
            JsonNode second = back.await(f -> f.path("op").asInt() == 0);
            JsonNode resumed = back.await(f -> f.path("op").asInt() == 0);
            assertThat(List.of(first.at("/d/user/username").asString(), second.at("/d/user/username").asString()))
                    .containsExactly("while-away-1", "while-away-2");
            assertThat(first.path("s").asLong()).isEqualTo(seq + 1);
            assertThat(resumed.path("t").asString()).isEqualTo("RESUMED");
        }
    }

    @Test
    @DisplayName("JDA asked to reconnect (op 7) resumes its session and gets what happened meanwhile")
    void jdaResumes() throws Exception {
        try (JdaClient client = JdaClient.logIn(emulator)) {
            client.events.clear();
            emulator.dropBotSessions();
            crowd.member("during-reconnect");
            // in whichever order the reconnect and the join happen, JDA resumes and hears of the join once
            List<Object> seen = new java.util.ArrayList<>();
            long end = System.nanoTime() + JdaClient.WAIT.toNanos();
            while (System.nanoTime() < end && (seen.stream().noneMatch(SessionResumeEvent.class::isInstance)
                    || seen.stream().noneMatch(GuildMemberJoinEvent.class::isInstance))) {
                var e = client.events.poll(100, TimeUnit.MILLISECONDS);
                if (e != null) {
                    seen.add(e);
                }
            }
            assertThat(seen).filteredOn(SessionResumeEvent.class::isInstance).hasSize(1);
            assertThat(seen).filteredOn(GuildMemberJoinEvent.class::isInstance)
                    .extracting(e -> ((GuildMemberJoinEvent) e).getUser().getName()).containsExactly("during-reconnect");
        }
    }

    private static String resume(String sessionId, long seq) {
        return "{\"op\":6,\"d\":{\"token\":\"" + emulator.token() + "\",\"session_id\":\"" + sessionId
                + "\",\"seq\":" + seq + "}}";
    }

    /** A bare gateway connection: frames as they arrive, the close code. */
    private static final class RawSession implements AutoCloseable {
        final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        final BlockingQueue<Integer> closed = new LinkedBlockingQueue<>();
        final WebSocketClient ws;
        volatile long lastSequence;
        /** READY, once identified */
        JsonNode ready;

        private RawSession(DiscordEmulator emulator) {
            ws = new WebSocketClient(URI.create(emulator.gatewayUrl())) {
                @Override
                public void onOpen(ServerHandshake handshake) {
                }

                @Override
                public void onMessage(String message) {
                    frames.add(Payloads.JSON.readTree(message));
                }

                @Override
                public void onClose(int code, String reason, boolean remote) {
                    closed.add(code);
                }

                @Override
                public void onError(Exception ex) {
                }
            };
        }

        static RawSession connect(DiscordEmulator emulator) throws InterruptedException {
            RawSession s = new RawSession(emulator);
            assertThat(s.ws.connectBlocking(10, TimeUnit.SECONDS)).isTrue();
            s.await(f -> f.path("op").asInt() == 10);
            return s;
        }

        static RawSession identify(DiscordEmulator emulator, long intents) throws InterruptedException {
            RawSession s = connect(emulator);
            s.send("{\"op\":2,\"d\":{\"token\":\"" + emulator.token() + "\",\"intents\":" + intents
                    + ",\"properties\":{}}}");
            s.ready = s.await(f -> "READY".equals(f.path("t").asString()));
            return s;
        }

        void send(String frame) {
            ws.send(frame);
        }

        JsonNode await(Predicate<JsonNode> matching) throws InterruptedException {
            long end = System.nanoTime() + JdaClient.WAIT.toNanos();
            while (System.nanoTime() < end) {
                JsonNode f = frames.poll(100, TimeUnit.MILLISECONDS);
                if (f != null && f.has("s") && !f.get("s").isNull()) {
                    lastSequence = f.get("s").asLong();
                }
                if (f != null && matching.test(f)) {
                    return f;
                }
            }
            throw new AssertionError("no matching frame within " + JdaClient.WAIT);
        }

        @Override
        public void close() throws InterruptedException {
            if (ws.isOpen()) {
                ws.closeBlocking();
            }
        }
    }
}
