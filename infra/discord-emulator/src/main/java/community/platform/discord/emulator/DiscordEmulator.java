package community.platform.discord.emulator;

import community.platform.discord.emulator.gateway.GatewayServer;
import community.platform.discord.emulator.model.BotCall;
import community.platform.discord.emulator.model.Guild;
import community.platform.discord.emulator.model.Interaction;
import community.platform.discord.emulator.model.Member;
import community.platform.discord.emulator.model.Payloads;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
        rest.faults(Faults.DISCORD_LIKE);
    }

    /**
     * An emulator on free ports with a bot named "Community Platform", failing as Discord does: its rate limits and
     * {@link Faults#DISCORD_LIKE} are on until a test turns them off.
     */
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
     * How many times a bot registered its commands (a bulk overwrite Discord accepted): a bot that started after
     * {@code n} of them is ready to be used once there are more than {@code n}.
     */
    public int commandRegistrations() {
        return (int) calls().stream().filter(c -> c.route().startsWith("PUT /applications/") && c.status() == 200)
                .count();
    }

    /**
     * Waits until the bot has identified on the gateway and its commands were registered (a bulk overwrite Discord
     * accepted): from then on members can run them. A refused registration leaves members with nothing to run.
     */
    public void awaitBot(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (botSessions() == 0 || commandRegistrations() == 0) {
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

    public Optional<GuildScript> guild(long id) {
        synchronized (world) {
            return Optional.ofNullable(world.guilds.get(id)).map(g -> new GuildScript(world, gateway, g));
        }
    }

    public Optional<GuildScript> guild(String name) {
        synchronized (world) {
            return world.guilds.values().stream().filter(g -> g.name.equals(name)).findFirst()
                    .map(g -> new GuildScript(world, gateway, g));
        }
    }

    /**
     * Every guild as a member's client lists it, for the web view: channels and their threads, members (not the bot)
     * and the commands registered for it, as Discord's JSON.
     */
    public ObjectNode describe() {
        synchronized (world) {
            ObjectNode out = Payloads.object();
            ArrayNode guilds = out.putArray("guilds");
            for (Guild g : world.guilds.values()) {
                ObjectNode guild = guilds.addObject();
                guild.put("id", Payloads.id(g.id));
                guild.put("name", g.name);
                ArrayNode channels = guild.putArray("channels");
                g.channels.values().forEach(c -> channels.addObject().put("id", Payloads.id(c.id)).put("name", c.name)
                        .put("type", c.type));
                // threads after the channels, each naming its channel ("parent"), archived or not
                g.threads.values().forEach(t -> channels.addObject().put("id", Payloads.id(t.id)).put("name", t.name)
                        .put("type", t.type).put("parent", Payloads.id(t.parentId)).put("archived", t.archived)
                        .put("locked", t.locked));
                ArrayNode members = guild.putArray("members");
                g.members.values().stream().filter(m -> !m.user.bot).forEach(m -> members.addObject()
                        .put("id", Payloads.id(m.user.id)).put("name", m.user.name));
                ArrayNode commands = guild.putArray("commands");
                for (long scope : new long[] {g.id, 0L}) {
                    ArrayNode registered = world.commands.get(scope);
                    if (registered != null) {
                        registered.forEach(c -> commands.add(c.deepCopy()));
                    }
                }
            }
            return out;
        }
    }

    /** What a member sees in a channel, oldest first: everyone's messages and the ones only they see. */
    public ArrayNode messagesSeenBy(long channelId, long userId) {
        synchronized (world) {
            ArrayNode out = Payloads.array();
            world.visibleMessages(world.channel(channelId), userId).forEach(m -> out.add(Payloads.message(m, world)));
            return out;
        }
    }

    /** An interaction as its member's client follows it: acknowledged how, and the form the bot opened, if any. */
    public ObjectNode interaction(long interactionId) {
        synchronized (world) {
            Interaction i = knownInteraction(interactionId);
            ObjectNode out = Payloads.object();
            out.put("id", Payloads.id(i.id));
            out.put("ack", i.ack.name());
            if (i.modal != null) {
                out.set("modal", i.modal.deepCopy());
            }
            return out;
        }
    }

    /** The token of an interaction, which names its webhook in the bot's calls. */
    public String interactionToken(long interactionId) {
        synchronized (world) {
            return knownInteraction(interactionId).token;
        }
    }

    private Interaction knownInteraction(long interactionId) {
        Interaction i = world.interactions.get(interactionId);
        if (i == null) {
            throw new IllegalArgumentException("no interaction " + interactionId);
        }
        return i;
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

    /** How many requests the bot made so far: an index for {@link #callsSince}, without copying the log. */
    public int callCount() {
        synchronized (world.calls) {
            return world.calls.size();
        }
    }

    /**
     * The bot's requests from the {@code index}-th on (a {@link #callCount} taken before): a load test that looks at
     * its own calls again and again copies only those, not the whole log, which every request must wait for.
     */
    public List<BotCall> callsSince(int index) {
        synchronized (world.calls) {
            return List.copyOf(world.calls.subList(Math.min(index, world.calls.size()), world.calls.size()));
        }
    }

    /** The bot's requests on one route from the {@code index}-th request on ({@link #callsSince(int)}). */
    public List<BotCall> callsSince(int index, String route) {
        synchronized (world.calls) {
            return world.calls.subList(Math.min(index, world.calls.size()), world.calls.size()).stream()
                    .filter(c -> c.route().equals(route)).toList();
        }
    }

    /**
     * Limits every route to {@code limit} requests per {@code window} per channel/guild/webhook instead of Discord's
     * own limits; 0 lifts route and global limits.
     */
    public void rateLimit(int limit, Duration window) {
        rest.rateLimit(limit, window);
    }

    /** Discord's route limits (5 messages per 5 s per channel, ...) and its global 50 requests/s: the default. */
    public void discordRateLimits() {
        rest.discordRateLimits();
    }

    /**
     * A limit the bot cannot see coming: a per-resource limit shared with others (as when other processes share the
     * token or the resource), so requests over it get 429s with scope {@code shared}, a storm of them; the bot's own
     * bucket headers still say it has requests left.
     */
    public void rateLimitStorm(int limit, Duration window) {
        rest.sharedLimit(limit, window);
    }

    /** The invalid-request budget (Discord: 10,000 401/403/429 answers per 10 minutes) before Cloudflare's ban. */
    public void invalidRequestBudget(int requests, Duration window) {
        rest.invalidRequestBudget(requests, window);
    }

    /** What goes wrong between the bot and Discord: {@link Faults#DISCORD_LIKE} by default, {@link Faults#NONE}. */
    public void faults(Faults faults) {
        rest.faults(faults);
    }

    /** How long an interaction's token (its webhook) works: Discord's 15 minutes by default. */
    public void interactionTokenLifetime(Duration lifetime) {
        rest.tokenLifetime(lifetime);
    }

    /** Discord's is 3 seconds; tests of slow paths may shorten it. */
    public void ackDeadline(Duration deadline) {
        rest.ackDeadline(deadline);
    }

    /**
     * Asks the bot's gateway sessions to reconnect (op 7), as when Discord restarts a gateway node: the bot resumes
     * and gets the events it missed meanwhile (or identifies afresh when resumes are refused).
     */
    public void dropBotSessions() {
        gateway.dropSessions();
    }

    /** How many all-members requests (op 8) came within 30 s of the previous one and got RATE_LIMITED. */
    public int membersRequestsRateLimited() {
        return gateway.membersRequestsRateLimited();
    }

    /** false: Discord lost the sessions, every RESUME gets op 9 (d=false) and the bot identifies again. */
    public void resumable(boolean resumable) {
        gateway.resumable(resumable);
    }

    /**
     * The privileged intents enabled in the application's settings (GatewayServer.INTENT_GUILD_MEMBERS, _PRESENCES,
     * _MESSAGE_CONTENT; all by default): a bot identifying with another is closed with 4014 Disallowed intent(s).
     */
    public void enabledPrivilegedIntents(long intents) {
        gateway.enabledPrivilegedIntents(intents);
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
