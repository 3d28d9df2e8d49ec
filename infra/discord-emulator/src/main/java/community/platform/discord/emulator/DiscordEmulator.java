package community.platform.discord.emulator;

import community.platform.discord.emulator.gateway.GatewayServer;
import community.platform.discord.emulator.model.BotCall;
import community.platform.discord.emulator.model.Guild;
import community.platform.discord.emulator.model.Member;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.model.Role;
import community.platform.discord.emulator.model.Snowflakes;
import community.platform.discord.emulator.model.User;
import community.platform.discord.emulator.model.World;
import community.platform.discord.emulator.rest.RestApi;
import community.platform.discord.emulator.script.GuildScript;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A local Discord: REST on one port, the gateway WebSocket on another. The bot logs in with {@link #token()}, its
 * REST base URL set to {@link #restUrl()}; it learns the gateway URL from {@code GET /gateway/bot}. Tests and demos
 * script members through {@link #createGuild(String)} and read back what the bot did.
 */
public final class DiscordEmulator implements AutoCloseable {

    private final World world;
    private final GatewayServer gateway;
    private final RestApi rest;

    private DiscordEmulator(String botName, String token, int restPort, int gatewayPort) throws IOException,
            InterruptedException {
        this.world = new World(botName, token);
        this.gateway = new GatewayServer(world, gatewayPort);
        gateway.startAndWait();
        this.rest = new RestApi(world, gateway, gateway::url, restPort);
    }

    /** An emulator on free ports with a bot named "Community Platform". */
    public static DiscordEmulator start() {
        return start(0, 0);
    }

    public static DiscordEmulator start(int restPort, int gatewayPort) {
        try {
            return new DiscordEmulator("Community Platform", "emulator-bot-token", restPort, gatewayPort);
        } catch (IOException e) {
            throw new IllegalStateException("the Discord emulator could not open its ports (REST " + restPort
                    + ", gateway " + gatewayPort + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String restUrl() {
        return "http://127.0.0.1:" + rest.port() + "/api/v10/";
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    public String token() {
        return world.token;
    }

    public long applicationId() {
        return world.applicationId;
    }

    public long botUserId() {
        return world.bot.id;
    }

    /** Bot sessions currently identified on the gateway. */
    public int botSessions() {
        return gateway.sessions();
    }

    /**
     * Waits until the bot has identified on the gateway and registered its slash commands: from then on members'
     * commands reach it.
     */
    public void awaitBot(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (botSessions() == 0 || calls().stream().noneMatch(c -> c.route().startsWith("PUT /applications/"))) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the bot did not connect and register its commands within " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A guild the bot is in: a human owner ({@code "<name> owner"}), an @everyone role, and the bot with its own role
     * at position 100 holding {@link Permissions#BOT_DEFAULTS}; {@link GuildScript#botPermissions} changes them.
     */
    public GuildScript createGuild(String name) {
        synchronized (world) {
            long id = Snowflakes.next();
            User owner = new User(Snowflakes.next(), name + " owner", false);
            world.users.put(owner.id, owner);
            Guild g = new Guild(id, name, owner.id);
            g.roles.put(id, new Role(id, "@everyone", Permissions.MEMBER_DEFAULTS, 0));
            long botRole = Snowflakes.next();
            g.roles.put(botRole, new Role(botRole, world.bot.name, Permissions.BOT_DEFAULTS, GuildScript.BOT_POSITION));
            Member bot = new Member(world.bot, Instant.now());
            bot.roleIds.add(botRole);
            g.members.put(world.bot.id, bot);
            g.members.put(owner.id, new Member(owner, Instant.now()));
            world.guilds.put(id, g);
            return new GuildScript(world, gateway, g);
        }
    }

    public Optional<GuildScript> guild(String name) {
        synchronized (world) {
            return world.guilds.values().stream().filter(g -> g.name.equals(name)).findFirst()
                    .map(g -> new GuildScript(world, gateway, g));
        }
    }

    /** The token of an interaction, which names its webhook in the bot's calls. */
    public String interactionToken(long interactionId) {
        synchronized (world) {
            var interaction = world.interactions.get(interactionId);
            if (interaction == null) {
                throw new IllegalArgumentException("no interaction " + interactionId);
            }
            return interaction.token;
        }
    }

    /** Everything the bot asked of the REST API, oldest first. */
    public List<BotCall> calls() {
        synchronized (world.calls) {
            return List.copyOf(world.calls);
        }
    }

    /** The bot's requests on one route, such as {@code "POST /channels/{channel}/messages"}. */
    public List<BotCall> calls(String route) {
        return calls().stream().filter(c -> c.route().equals(route)).toList();
    }

    /** Limits every route to {@code limit} requests per {@code window} per channel/guild/webhook; 0 lifts limits. */
    public void rateLimit(int limit, Duration window) {
        rest.rateLimit(limit, window, false);
    }

    /**
     * A limit the bot cannot see coming: responses carry no bucket headers (as when other processes share the token),
     * so every request over it gets a 429 — a storm of them.
     */
    public void rateLimitStorm(int limit, Duration window) {
        rest.rateLimit(limit, window, true);
    }

    /** Discord's is 3 seconds; tests of slow paths may shorten it. */
    public void ackDeadline(Duration deadline) {
        rest.ackDeadline(deadline);
    }

    /** Closes the bot's gateway sessions, as when Discord restarts a gateway node: the bot reconnects. */
    public void dropBotSessions() {
        gateway.dropSessions();
    }

    @Override
    public void close() {
        rest.close();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
