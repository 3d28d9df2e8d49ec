package community.platform.discord.emulator.gateway;

import static community.platform.discord.emulator.model.Payloads.id;

import community.platform.discord.emulator.model.Guild;
import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.World;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord's gateway (v10, JSON, no compression): HELLO, IDENTIFY -> READY + one GUILD_CREATE per guild, heartbeats,
 * member requests (op 8), and every event the emulator dispatches. A RESUME is refused with a non-resumable
 * INVALID_SESSION, which Discord may also do: the client identifies again and gets the guilds afresh.
 */
public final class GatewayServer extends WebSocketServer implements Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(GatewayServer.class);
    private static final int HEARTBEAT_INTERVAL_MILLIS = 41250;

    private final World world;
    private final Instant botJoinedAt = Instant.now();
    private final Map<WebSocket, AtomicLong> sessions = new ConcurrentHashMap<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception startFailure;

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

    /** Bot sessions that have identified. */
    public int sessions() {
        return sessions.size();
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
            case 6 -> conn.send("{\"op\":9,\"d\":false,\"s\":null,\"t\":null}");
            case 8 -> requestMembers(conn, d);
            case 3, 4 -> {
                // presence and voice state updates of the bot itself: nothing to emulate
            }
            default -> conn.close(4001, "Unknown opcode.");
        }
    }

    private void identify(WebSocket conn, JsonNode d) {
        String token = d.path("token").asString("");
        if (token.startsWith("Bot ")) {
            token = token.substring(4);
        }
        if (!token.equals(world.token)) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        AtomicLong sequence = new AtomicLong();
        List<ObjectNode> guilds;
        ObjectNode ready = Payloads.object();
        synchronized (world) {
            ready.put("v", 10);
            ready.set("user", Payloads.selfUser(world));
            ArrayNode unavailable = ready.putArray("guilds");
            world.guilds.keySet().forEach(g -> unavailable.addObject().put("id", id(g)).put("unavailable", true));
            ready.put("session_id", UUID.randomUUID().toString().replace("-", ""));
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
            guilds = world.guilds.values().stream().map(g -> Payloads.guild(g, world, botJoinedAt)).toList();
        }
        send(conn, sequence, "READY", ready);
        guilds.forEach(g -> send(conn, sequence, "GUILD_CREATE", g));
        sessions.put(conn, sequence);
    }

    private void requestMembers(WebSocket conn, JsonNode d) {
        AtomicLong sequence = sessions.get(conn);
        if (sequence == null) {
            conn.close(4003, "Not authenticated.");
            return;
        }
        ObjectNode chunk = Payloads.object();
        synchronized (world) {
            Guild g = world.guilds.get(Long.parseUnsignedLong(d.path("guild_id").asString("0")));
            if (g == null) {
                return;
            }
            chunk.put("guild_id", id(g.id));
            ArrayNode members = chunk.putArray("members");
            g.members.values().forEach(m -> members.add(Payloads.member(m)));
        }
        chunk.put("chunk_index", 0);
        chunk.put("chunk_count", 1);
        if (d.has("nonce")) {
            chunk.set("nonce", d.get("nonce"));
        }
        send(conn, sequence, "GUILD_MEMBERS_CHUNK", chunk);
    }

    @Override
    public void dispatch(String event, ObjectNode data) {
        sessions.forEach((conn, sequence) -> send(conn, sequence, event, data));
    }

    private static void send(WebSocket conn, AtomicLong sequence, String event, ObjectNode data) {
        ObjectNode frame = Payloads.object();
        frame.put("op", 0);
        frame.put("t", event);
        frame.put("s", sequence.incrementAndGet());
        frame.set("d", data);
        if (conn.isOpen()) {
            conn.send(frame.toString());
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        sessions.remove(conn);
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
        sessions.keySet().forEach(conn -> conn.send("{\"op\":7,\"d\":null,\"s\":null,\"t\":null}"));
    }
}
