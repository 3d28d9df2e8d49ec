package community.platform.discord.emulator.gateway;

import static community.platform.discord.emulator.model.Payloads.id;

import community.platform.discord.emulator.model.Guild;
import community.platform.discord.emulator.model.Member;
import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.World;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord's gateway (v10, JSON, no compression; docs: developers/events/gateway.mdx and gateway-events.mdx): HELLO,
 * IDENTIFY -> READY + one GUILD_CREATE per guild, heartbeats, events filtered by the session's intents, member
 * requests (op 8) answered in chunks of 1,000 with the all-members request limited to one per guild every 30 s
 * (RATE_LIMITED), privileged intents refused with close 4014 when the application lacks them, and RESUME: a session
 * that lost its connection keeps its events for {@link #RESUME_WINDOW}; resuming replays what it missed, then RESUMED.
 */
public final class GatewayServer extends WebSocketServer implements Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(GatewayServer.class);
    private static final int HEARTBEAT_INTERVAL_MILLIS = 41250;
    /** "the session will remain active and timeout after a few minutes" (gateway.mdx "Initiating a Disconnect") */
    public static final Duration RESUME_WINDOW = Duration.ofMinutes(2);
    /** events a session keeps for a resume */
    private static final int REPLAY_LIMIT = 50_000;
    /** "up to 1000 members per chunk" (gateway-events.mdx "Request Guild Members") */
    public static final int CHUNK_SIZE = 1000;
    /** "1 request per guild per bot every 30 seconds" (change log, "Rate Limit When Requesting All Guild Members") */
    public static final Duration ALL_MEMBERS_INTERVAL = Duration.ofSeconds(30);

    public static final long INTENT_GUILDS = 1;
    public static final long INTENT_GUILD_MEMBERS = 1 << 1;
    public static final long INTENT_GUILD_MODERATION = 1 << 2;
    public static final long INTENT_GUILD_VOICE_STATES = 1 << 7;
    public static final long INTENT_GUILD_PRESENCES = 1 << 8;
    public static final long INTENT_GUILD_MESSAGES = 1 << 9;
    public static final long INTENT_GUILD_MESSAGE_REACTIONS = 1 << 10;
    public static final long INTENT_DIRECT_MESSAGES = 1 << 12;
    public static final long INTENT_DIRECT_MESSAGE_REACTIONS = 1 << 13;
    public static final long INTENT_MESSAGE_CONTENT = 1 << 15;
    public static final long PRIVILEGED = INTENT_GUILD_MEMBERS | INTENT_GUILD_PRESENCES | INTENT_MESSAGE_CONTENT;

    private final World world;
    private final Instant botJoinedAt = Instant.now();
    private final Map<WebSocket, Session> connected = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception startFailure;
    /** the privileged intents the application has enabled (its settings page) */
    private volatile long enabledPrivileged = PRIVILEGED;
    private volatile boolean resumable = true;
    private final java.util.concurrent.atomic.AtomicInteger membersRateLimited = new java.util.concurrent.atomic.AtomicInteger();

    /** One bot session: its sequence, intents, the events it was sent (for a resume) and its connection, if any. */
    private static final class Session {
        final String id = UUID.randomUUID().toString().replace("-", "");
        final long intents;
        final Deque<ObjectNode> sent = new ArrayDeque<>();
        final Map<Long, Instant> allMembersRequested = new HashMap<>();
        long sequence;
        WebSocket conn;
        Instant lostAt;

        Session(long intents, WebSocket conn) {
            this.intents = intents;
            this.conn = conn;
        }
    }

    public GatewayServer(World world, int port) {
        super(new InetSocketAddress("127.0.0.1", port));
        this.world = world;
        setReuseAddr(true);
        setTcpNoDelay(true);
        setDaemon(true);
    }

    public void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS) || startFailure != null) {
            throw new IllegalStateException("the emulator's gateway did not start", startFailure);
        }
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    /** Bot sessions that are connected and identified. */
    public int sessions() {
        return connected.size();
    }

    /** All-members requests (op 8) answered with RATE_LIMITED so far. */
    public int membersRequestsRateLimited() {
        return membersRateLimited.get();
    }

    /** Which privileged intents the application may use; a session asking for others is closed with 4014. */
    public void enabledPrivilegedIntents(long intents) {
        this.enabledPrivileged = intents & PRIVILEGED;
    }

    /** false: every RESUME is refused (op 9, d=false), as when Discord lost the session; the client identifies. */
    public void resumable(boolean resumable) {
        this.resumable = resumable;
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        ObjectNode hello = Payloads.object();
        hello.put("op", 10);
        hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL_MILLIS);
        hello.putNull("s");
        hello.putNull("t");
        conn.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket conn, String text) {
        JsonNode frame;
        try {
            frame = Payloads.JSON.readTree(text);
        } catch (RuntimeException e) {
            conn.close(4002, "Error while decoding payload.");
            return;
        }
        int op = frame.path("op").asInt(-1);
        JsonNode d = frame.path("d");
        switch (op) {
            case 1 -> conn.send("{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
            case 2 -> identify(conn, d);
            case 6 -> resume(conn, d);
            case 8 -> requestMembers(conn, d);
            case 3, 4 -> {
                // presence and voice state updates of the bot itself: nothing to emulate
            }
            default -> conn.close(4001, "Unknown opcode.");
        }
    }

    private boolean authentic(WebSocket conn, JsonNode d) {
        String token = d.path("token").asString("");
        if (token.startsWith("Bot ")) {
            token = token.substring(4);
        }
        if (!token.equals(world.token)) {
            conn.close(4004, "Authentication failed.");
            return false;
        }
        return true;
    }

    private void identify(WebSocket conn, JsonNode d) {
        if (!authentic(conn, d)) {
            return;
        }
        long intents = d.path("intents").asLong(0);
        if ((intents & PRIVILEGED & ~enabledPrivileged) != 0) {
            // gateway.mdx "Gateway Restrictions": a privileged intent the app has not enabled closes with 4014
            conn.close(4014, "Disallowed intent(s).");
            return;
        }
        Session session = new Session(intents, conn);
        ObjectNode ready = Payloads.object();
        // the snapshot, the registration and READY + GUILD_CREATE under the world's lock: no event falls between the
        // guilds as sent and the first event dispatched to the session
        synchronized (world) {
            ready.put("v", 10);
            ready.set("user", Payloads.selfUser(world));
            ArrayNode unavailable = ready.putArray("guilds");
            world.guilds.keySet().forEach(g -> unavailable.addObject().put("id", id(g)).put("unavailable", true));
            ready.put("session_id", session.id);
            ready.put("resume_gateway_url", url());
            ready.putArray("shard").add(0).add(1);
            ObjectNode application = ready.putObject("application");
            application.put("id", id(world.applicationId));
            application.put("flags", 0);
            ready.putArray("private_channels");
            ready.putArray("relationships");
            ready.putArray("presences");
            ready.putArray("guild_join_requests");
            ready.putArray("geo_ordered_rtc_regions");
            ready.putObject("user_settings");
            List<ObjectNode> guilds = world.guilds.values().stream().map(g -> guildCreate(g, intents)).toList();
            synchronized (session) {
                sessions.put(session.id, session);
                connected.put(conn, session);
                send(session, "READY", ready);
                guilds.forEach(g -> send(session, "GUILD_CREATE", g));
            }
        }
    }

    /**
     * gateway-events.mdx "Guild Create": without GUILD_PRESENCES "members ... will only contain your bot and users in
     * voice channels"; the rest come from a member request (op 8).
     */
    private ObjectNode guildCreate(Guild g, long intents) {
        ObjectNode n = Payloads.guild(g, world, botJoinedAt);
        if ((intents & INTENT_GUILD_PRESENCES) == 0) {
            ArrayNode members = n.putArray("members");
            g.members.values().stream().filter(m -> m.user.id == world.bot.id || m.voiceChannelId != null)
                    .forEach(m -> members.add(Payloads.member(m)));
        }
        n.put("large", g.members.size() > 250);
        return n;
    }

    /** gateway.mdx "Resuming": the missed events in order, then RESUMED; else op 9 with d=false. */
    private void resume(WebSocket conn, JsonNode d) {
        if (!authentic(conn, d)) {
            return;
        }
        String sessionId = d.path("session_id").asString("");
        Session session = sessions.get(sessionId);
        if (session != null && awaitClosed(session, conn)) {
            // its connection was closing: a close with 1000 or 1001 has invalidated it meanwhile
            session = sessions.get(sessionId);
        }
        long seq = d.path("seq").asLong(-1);
        if (session == null || !resumable) {
            conn.send("{\"op\":9,\"d\":false,\"s\":null,\"t\":null}");
            return;
        }
        synchronized (session) {
            boolean expired = session.lostAt != null
                    && Duration.between(session.lostAt, Instant.now()).compareTo(RESUME_WINDOW) > 0;
            long oldest = session.sent.isEmpty() ? session.sequence + 1 : session.sent.peekFirst().path("s").asLong();
            if (expired || seq > session.sequence || seq + 1 < oldest) {
                sessions.remove(session.id);
                conn.send("{\"op\":9,\"d\":false,\"s\":null,\"t\":null}");
                return;
            }
            if (session.conn != null && session.conn != conn) {
                connected.remove(session.conn);
                session.conn.close(4009, "Session timed out.");
            }
            session.conn = conn;
            session.lostAt = null;
            for (ObjectNode frame : session.sent) {
                if (frame.path("s").asLong() > seq) {
                    conn.send(frame.toString());
                }
            }
            send(session, "RESUMED", Payloads.object());
        }
        connected.put(conn, session);
    }

    private void requestMembers(WebSocket conn, JsonNode d) {
        Session session = connected.get(conn);
        if (session == null) {
            conn.close(4003, "Not authenticated.");
            return;
        }
        String query = d.path("query").asString(null);
        int limit = d.path("limit").asInt(0);
        JsonNode userIds = d.path("user_ids");
        JsonNode nonce = d.get("nonce");
        List<ObjectNode> chunks = new ArrayList<>();
        synchronized (world) {
            Guild g = world.guilds.get(Long.parseUnsignedLong(d.path("guild_id").asString("0")));
            if (g == null) {
                return;
            }
            List<Member> matching;
            if (!userIds.isMissingNode() && !userIds.isNull()) {
                List<Long> wanted = new ArrayList<>();
                (userIds.isArray() ? userIds : Payloads.array().add(userIds))
                        .forEach(u -> wanted.add(Long.parseUnsignedLong(u.asString())));
                matching = wanted.stream().limit(100).map(g.members::get).filter(m -> m != null).toList();
            } else if (query != null && !query.isEmpty()) {
                String prefix = query.toLowerCase(Locale.ROOT);
                matching = g.members.values().stream()
                        .filter(m -> m.user.name.toLowerCase(Locale.ROOT).startsWith(prefix))
                        .limit(Math.min(limit == 0 ? 100 : limit, 100)).toList();
            } else {
                synchronized (session) {
                    Instant last = session.allMembersRequested.get(g.id);
                    Instant now = Instant.now();
                    if (last != null && Duration.between(last, now).compareTo(ALL_MEMBERS_INTERVAL) < 0) {
                        ObjectNode limited = Payloads.object();
                        limited.put("opcode", 8);
                        limited.put("retry_after", ALL_MEMBERS_INTERVAL.minus(Duration.between(last, now))
                                .toMillis() / 1000.0);
                        ObjectNode meta = limited.putObject("meta");
                        meta.put("guild_id", id(g.id));
                        if (nonce != null) {
                            meta.set("nonce", nonce);
                        }
                        membersRateLimited.incrementAndGet();
                        send(session, "RATE_LIMITED", limited);
                        return;
                    }
                    session.allMembersRequested.put(g.id, now);
                }
                matching = List.copyOf(g.members.values());
            }
            int count = Math.max(1, (matching.size() + CHUNK_SIZE - 1) / CHUNK_SIZE);
            for (int c = 0; c < count; c++) {
                ObjectNode chunk = Payloads.object();
                chunk.put("guild_id", id(g.id));
                ArrayNode members = chunk.putArray("members");
                matching.subList(c * CHUNK_SIZE, Math.min(matching.size(), (c + 1) * CHUNK_SIZE))
                        .forEach(m -> members.add(Payloads.member(m)));
                chunk.put("chunk_index", c);
                chunk.put("chunk_count", count);
                if (nonce != null) {
                    chunk.set("nonce", nonce);
                }
                chunks.add(chunk);
            }
        }
        synchronized (session) {
            chunks.forEach(chunk -> send(session, "GUILD_MEMBERS_CHUNK", chunk));
        }
    }

    @Override
    public void dispatch(String event, ObjectNode data) {
        long needed = intentOf(event, data);
        for (Session session : sessions.values()) {
            if (needed == 0 || (session.intents & needed) != 0) {
                synchronized (session) {
                    send(session, event, data);
                }
            }
        }
    }

    /** The intent an event needs (gateway.mdx "List of Intents"); 0 for events every session gets. */
    private static long intentOf(String event, ObjectNode data) {
        boolean dm = !data.has("guild_id");
        return switch (event) {
            case "GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE", "GUILD_ROLE_CREATE", "GUILD_ROLE_UPDATE",
                 "GUILD_ROLE_DELETE", "CHANNEL_CREATE", "CHANNEL_UPDATE", "CHANNEL_DELETE", "THREAD_CREATE",
                 "THREAD_UPDATE", "THREAD_DELETE", "THREAD_LIST_SYNC", "THREAD_MEMBER_UPDATE",
                 "THREAD_MEMBERS_UPDATE" -> INTENT_GUILDS;
            case "GUILD_MEMBER_ADD", "GUILD_MEMBER_UPDATE", "GUILD_MEMBER_REMOVE" -> INTENT_GUILD_MEMBERS;
            case "GUILD_BAN_ADD", "GUILD_BAN_REMOVE" -> INTENT_GUILD_MODERATION;
            case "VOICE_STATE_UPDATE" -> INTENT_GUILD_VOICE_STATES;
            case "MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE", "MESSAGE_DELETE_BULK" -> dm
                    ? INTENT_DIRECT_MESSAGES : INTENT_GUILD_MESSAGES;
            case "MESSAGE_REACTION_ADD", "MESSAGE_REACTION_REMOVE", "MESSAGE_REACTION_REMOVE_ALL",
                 "MESSAGE_REACTION_REMOVE_EMOJI" -> dm ? INTENT_DIRECT_MESSAGE_REACTIONS
                    : INTENT_GUILD_MESSAGE_REACTIONS;
            default -> 0;
        };
    }

    /** Sends (or, while the session has no connection, keeps for its resume) one dispatch; holds the session. */
    private void send(Session session, String event, ObjectNode data) {
        ObjectNode frame = Payloads.object();
        frame.put("op", 0);
        frame.put("t", event);
        frame.put("s", ++session.sequence);
        frame.set("d", data);
        session.sent.addLast(frame);
        if (session.sent.size() > REPLAY_LIMIT) {
            session.sent.removeFirst();
        }
        if (session.conn != null && session.conn.isOpen()) {
            try {
                session.conn.send(frame.toString());
            } catch (org.java_websocket.exceptions.WebsocketNotConnectedException e) {
                // closing meanwhile: the frame stays in the session's record for its resume
            }
        }
        if (session.lostAt != null && Duration.between(session.lostAt, Instant.now()).compareTo(RESUME_WINDOW) > 0) {
            sessions.remove(session.id);
        }
    }

    /**
     * Waits (at most a second) until the session's previous connection, if it is closing, is closed here: a client
     * that closed and resumes at once may reach this server's RESUME before its close has been handled on another
     * thread, and a RESUME must see what that close did. True when it waited.
     */
    private boolean awaitClosed(Session session, WebSocket resuming) {
        WebSocket old = session.conn;
        if (old == null || old == resuming || !(old.isClosing() || old.isClosed())) {
            return false;
        }
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (connected.containsKey(old) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return true;
    }

    /**
     * The client's close frame arrived: a session closed with 1000 or 1001 is invalidated now, before the server's
     * close frame answers it, so a RESUME the client sends right after its close returns finds it gone (onClose may run
     * later, on another thread).
     */
    @Override
    public void onClosing(WebSocket conn, int code, String reason, boolean remote) {
        Session session = connected.get(conn);
        if (session != null && remote && (code == 1000 || code == 1001)) {
            synchronized (session) {
                sessions.remove(session.id);
            }
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        Session session = connected.remove(conn);
        if (session == null) {
            return;
        }
        synchronized (session) {
            if (session.conn == conn) {
                session.conn = null;
                session.lostAt = Instant.now();
            }
            // "When you close the connection ... with close code 1000 or 1001, your session will be invalidated"
            if (remote && (code == 1000 || code == 1001)) {
                sessions.remove(session.id);
            }
        }
    }

    @Override
    public void onError(WebSocket conn, Exception e) {
        if (conn == null) {
            startFailure = e;
            started.countDown();
        } else {
            log.debug("gateway connection error", e);
        }
    }

    /** Asks every bot session to reconnect (op 7), as Discord does before restarting a gateway node. */
    public void dropSessions() {
        connected.keySet().forEach(conn -> conn.send("{\"op\":7,\"d\":null,\"s\":null,\"t\":null}"));
    }
}
