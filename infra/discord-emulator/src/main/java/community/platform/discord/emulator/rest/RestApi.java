package community.platform.discord.emulator.rest;

import static community.platform.discord.emulator.model.Payloads.id;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import community.platform.discord.emulator.Faults;
import community.platform.discord.emulator.gateway.Dispatcher;
import community.platform.discord.emulator.model.Attachment;
import community.platform.discord.emulator.model.BotCall;
import community.platform.discord.emulator.model.Channel;
import community.platform.discord.emulator.model.CommandRules;
import community.platform.discord.emulator.model.FormErrors;
import community.platform.discord.emulator.model.DiscordError;
import community.platform.discord.emulator.model.Guild;
import community.platform.discord.emulator.model.Interaction;
import community.platform.discord.emulator.model.Interaction.Ack;
import community.platform.discord.emulator.model.Member;
import community.platform.discord.emulator.model.Message;
import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.QueryString;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.model.Role;
import community.platform.discord.emulator.model.Snowflakes;
import community.platform.discord.emulator.model.User;
import community.platform.discord.emulator.model.World;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord's REST API ({@code /api/v10}) as far as the platform uses it, with Discord's rules: an interaction is
 * acknowledged once (40060) within the deadline (10062), its webhook lives 15 minutes, message creates with
 * {@code enforce_nonce} happen once per nonce, DMs to closed members fail with 50007, and requests over the
 * configured rate get 429 with Discord's headers. Every request is recorded as a {@link BotCall}.
 */
public final class RestApi implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RestApi.class);
    private static final String PREFIX = "/api/v10/";
    private static final Duration NONCE_WINDOW = Duration.ofMinutes(5);
    private static final int EPHEMERAL = 64;

    private final World world;
    private final Dispatcher gateway;
    private final Supplier<String> gatewayUrl;
    private final RateLimiter limiter = new RateLimiter();
    private final java.util.Random faultRandom = new java.util.Random();
    private long faultSeed = Long.MIN_VALUE;
    private volatile Faults faults = Faults.NONE;
    private volatile Duration tokenLifetime = Duration.ofMinutes(15);
    private final List<Route> routes = new ArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor;
    private volatile Duration ackDeadline = Duration.ofSeconds(3);

    public RestApi(World world, Dispatcher gateway, Supplier<String> gatewayUrl, int port) throws IOException {
        this.world = world;
        this.gateway = gateway;
        this.gatewayUrl = gatewayUrl;
        defineRoutes();
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "discord-emulator-rest-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Every route limited to {@code limit} requests per {@code window} per resource; 0 turns route and global limits off. */
    public void rateLimit(int limit, Duration window) {
        limiter.everyRoute(limit, window);
    }

    /** Discord's route limits and its global 50 requests per second (the default). */
    public void discordRateLimits() {
        limiter.discordLike();
    }

    /** A per-resource limit shared with others (0: none): its 429s have scope shared, the bot's buckets say nothing. */
    public void sharedLimit(int limit, Duration window) {
        limiter.shared(limit <= 0 ? null : RateLimiter.Limit.of(limit, window));
    }

    /** The invalid-request budget before the Cloudflare ban (Discord: 10,000 per 10 minutes). */
    public void invalidRequestBudget(int requests, Duration window) {
        limiter.invalidBudget(RateLimiter.Limit.of(requests, window));
    }

    public void faults(Faults faults) {
        this.faults = faults;
    }

    /** Discord's is 15 minutes; shorter makes "an answer after the token expired" testable. */
    public void tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
    }

    public void ackDeadline(Duration deadline) {
        this.ackDeadline = deadline;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void defineRoutes() {
        get("/gateway/bot", r -> {
            ObjectNode n = Payloads.object();
            n.put("url", gatewayUrl.get());
            n.put("shards", 1);
            ObjectNode limit = n.putObject("session_start_limit");
            limit.put("total", 1000);
            limit.put("remaining", 999);
            limit.put("reset_after", 0);
            limit.put("max_concurrency", 1);
            return Response.ok(n);
        });
        get("/gateway", r -> Response.ok(Payloads.object().put("url", gatewayUrl.get())));
        get("/users/@me", r -> Response.ok(Payloads.selfUser(world)));
        get("/applications/@me", r -> Response.ok(application()));
        put("/applications/{app}/commands", r -> Response.ok(registerCommands(0L, r)));
        get("/applications/{app}/commands", r -> Response.ok(commands(0L)));
        put("/applications/{app}/guilds/{guild}/commands", r -> Response.ok(registerCommands(r.id("guild"), r)));
        get("/applications/{app}/guilds/{guild}/commands", r -> Response.ok(commands(r.id("guild"))));
        post("/interactions/{interaction}/{token}/callback", this::callback);
        get("/webhooks/{app}/{token}/messages/@original", r -> Response.ok(message(original(r))));
        patch("/webhooks/{app}/{token}/messages/@original", r -> Response.ok(edit(original(r), r.body(), r.uploads())));
        delete("/webhooks/{app}/{token}/messages/@original", r -> deleteMessage(original(r)));
        post("/webhooks/{app}/{token}", this::followup);
        patch("/webhooks/{app}/{token}/messages/{message}", r -> Response.ok(edit(followupMessage(r), r.body(), r.uploads())));
        post("/channels/{channel}/messages", this::createMessage);
        get("/channels/{channel}/messages", this::history);
        get("/channels/{channel}/messages/{message}", r -> Response.ok(message(channelMessage(r,
                Permissions.READ_MESSAGE_HISTORY))));
        patch("/channels/{channel}/messages/{message}", this::editChannelMessage);
        delete("/channels/{channel}/messages/{message}", this::deleteChannelMessage);
        post("/channels/{channel}/messages/bulk-delete", this::bulkDelete);
        put("/channels/{channel}/messages/{message}/reactions/{emoji}/@me", r -> react(r, true));
        delete("/channels/{channel}/messages/{message}/reactions/{emoji}/@me", r -> react(r, false));
        get("/channels/{channel}/messages/{message}/reactions/{emoji}", this::reactions);
        post("/users/@me/channels", this::openDm);
        put("/guilds/{guild}/members/{user}/roles/{role}", r -> role(r, true));
        delete("/guilds/{guild}/members/{user}/roles/{role}", r -> role(r, false));
        patch("/guilds/{guild}/members/{user}", this::modifyMember);
        get("/guilds/{guild}/members/{user}", r -> Response.ok(Payloads.member(world.member(world.guild(
                r.id("guild")), r.id("user")))));
        get("/guilds/{guild}/members", this::listMembers);
        delete("/guilds/{guild}/members/{user}", this::kick);
        put("/guilds/{guild}/bans/{user}", this::ban);
        post("/guilds/{guild}/roles", this::createRole);
        delete("/guilds/{guild}/roles/{role}", this::deleteRole);
        post("/guilds/{guild}/channels", this::createChannel);
        get("/channels/{channel}", this::getChannel);
        patch("/channels/{channel}", this::modifyThread);
        delete("/channels/{channel}", this::deleteChannel);
        post("/channels/{channel}/messages/{message}/threads", this::startThreadFromMessage);
        post("/channels/{channel}/threads", this::startThread);
        get("/channels/{channel}/threads/archived/public", this::archivedPublicThreads);
        get("/guilds/{guild}/threads/active", this::activeThreads);
    }

    private void get(String template, Route.Handler h) {
        routes.add(Route.of("GET", template, h));
    }

    private void put(String template, Route.Handler h) {
        routes.add(Route.of("PUT", template, h));
    }

    private void post(String template, Route.Handler h) {
        routes.add(Route.of("POST", template, h));
    }

    private void patch(String template, Route.Handler h) {
        routes.add(Route.of("PATCH", template, h));
    }

    private void delete(String template, Route.Handler h) {
        routes.add(Route.of("DELETE", template, h));
    }

    // ---- HTTP plumbing ------------------------------------------------------------------------------------------

    private void serve(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        Route route = null;
        Request request = null;
        Response response;
        RateLimiter.Verdict verdict = null;
        boolean lost = false;
        boolean logged = false;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            if (!rawPath.startsWith(PREFIX)) {
                throw new DiscordError(404, 0, "404: Not Found");
            }
            String[] path = rawPath.substring(PREFIX.length()).split("/");
            for (int i = 0; i < path.length; i++) {
                path[i] = URLDecoder.decode(path[i], StandardCharsets.UTF_8);
            }
            Map<String, String> params = null;
            for (Route candidate : routes) {
                params = candidate.match(method, path);
                if (params != null) {
                    route = candidate;
                    break;
                }
            }
            if (route == null) {
                throw new DiscordError(404, 0, "404: Not Found (the emulator has no " + method + " " + rawPath + ")");
            }
            boolean interactionRoute = route.template().startsWith("/interactions/")
                    || route.template().startsWith("/webhooks/");
            if (!interactionRoute && !("Bot " + world.token).equals(exchange.getRequestHeaders().getFirst(
                    "Authorization"))) {
                throw new DiscordError(401, 0, "401: Unauthorized");
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Map<String, Multipart.Upload> uploads = Map.of();
            if (contentType != null && contentType.startsWith("multipart/")) {
                Multipart.Body multipart = Multipart.parse(contentType, body);
                body = multipart.json();
                uploads = multipart.files();
            }
            JsonNode json;
            try {
                json = Payloads.parse(body);
            } catch (JacksonException e) {
                throw new DiscordError(400, 50109, "The request body contains invalid JSON.");
            }
            String reason = exchange.getRequestHeaders().getFirst("X-Audit-Log-Reason");
            request = new Request(method, rawPath, params, QueryString.parse(exchange.getRequestURI().getRawQuery()),
                    json, reason == null ? null : URLDecoder.decode(reason, StandardCharsets.UTF_8), uploads);
            boolean callback = route.template().startsWith("/interactions/");
            // "Interaction endpoints are not bound to the bot's Global Rate Limit"
            verdict = limiter.take(route, route.bucket(params), callback || route.template().startsWith("/webhooks/"),
                    System.currentTimeMillis());
            if (!verdict.allowed()) {
                response = rateLimited(exchange, verdict);
            } else {
                Faults f = faults;
                double roll = f.any() && (!callback || f.callbacks()) ? roll(f) : 1;
                if (f.maxLatency().isPositive()) {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(f.maxLatency().toMillis() + 1));
                }
                if (roll < f.serverErrors()) {
                    // not performed: half 500 (JDA gives up), half 503 (JDA retries)
                    int status = roll < f.serverErrors() / 2 ? 500 : 503;
                    response = new Response(status, error(0, status + ": the emulator's injected fault"));
                } else {
                    Request r = request;
                    Route.Handler handler = route.handler();
                    synchronized (world) {
                        response = handler.handle(r);
                        // logged with its effect, under the world's lock: whoever sees the effect finds the call
                        record(method, rawPath, route, response, r, started);
                        logged = true;
                    }
                    lost = roll < f.serverErrors() + f.lostAnswers() && response.status() < 300;
                }
            }
        } catch (DiscordError e) {
            response = new Response(e.status, error(e.code, e.getMessage()));
            if (e.errors != null) {
                ((ObjectNode) response.body()).set("errors", e.errors);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response = new Response(500, error(0, "500: the emulator is stopping"));
        } catch (RuntimeException e) {
            log.warn("emulator failed on {} {}", method, rawPath, e);
            response = new Response(500, error(0, "500: Internal Server Error (" + e + ")"));
        }
        if (route != null && request != null && !logged) {
            record(method, rawPath, route, response, request, started);
        }
        if (verdict != null && verdict.scope() == RateLimiter.Scope.BANNED) {
            // Cloudflare's ban: no JSON, no Via header (JDA takes that for a Cloudflare limit)
            byte[] text = "error code: 1015".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Retry-After", Long.toString(verdict.resetAfterMillis() / 1000 + 1));
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(429, text.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(text);
            }
            return;
        }
        limiter.answered(response.status(), verdict == null ? RateLimiter.Scope.USER : verdict.scope(),
                System.currentTimeMillis());
        if (verdict != null && verdict.limit() > 0 && verdict.scope() != RateLimiter.Scope.GLOBAL) {
            var h = exchange.getResponseHeaders();
            h.set("X-RateLimit-Limit", Integer.toString(verdict.limit()));
            h.set("X-RateLimit-Remaining", Integer.toString(verdict.remaining()));
            h.set("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f",
                    (System.currentTimeMillis() + verdict.resetAfterMillis()) / 1000.0));
            h.set("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", verdict.resetAfterMillis() / 1000.0));
            // like Discord, one bucket hash per route; JDA combines it with the major parameter itself
            h.set("X-RateLimit-Bucket", Integer.toHexString(route.toString().hashCode()));
        }
        if (lost) {
            // performed, but the answer never reaches the bot: a proxy's 502, which JDA retries
            response = new Response(502, error(0, "502: Bad Gateway"));
        }
        send(exchange, response);
    }

    /** Logs a call as a {@link BotCall}; one the world handled is logged with its effect (see {@code serve}). */
    private void record(String method, String rawPath, Route route, Response response, Request request,
                        long started) {
        world.calls.add(new BotCall(Instant.now(), method, rawPath, route.toString(), response.status(),
                request.body(), request.auditReason(), Duration.ofNanos(System.nanoTime() - started)));
    }

    /**
     * Discord's 429 (rate-limits.mdx "Exceeding A Rate Limit"): Retry-After in whole seconds, {@code retry_after} with
     * its fraction in the body, X-RateLimit-Scope; the global limit says so in X-RateLimit-Global and the body.
     */
    private static Response rateLimited(HttpExchange exchange, RateLimiter.Verdict verdict) {
        double retryAfter = Math.max(0.001, verdict.resetAfterMillis() / 1000.0);
        var h = exchange.getResponseHeaders();
        h.set("Retry-After", Long.toString((long) Math.ceil(retryAfter)));
        h.set("X-RateLimit-Scope", verdict.scope().name().toLowerCase(Locale.ROOT));
        boolean global = verdict.scope() == RateLimiter.Scope.GLOBAL;
        if (global) {
            h.set("X-RateLimit-Global", "true");
        }
        ObjectNode body = Payloads.object();
        body.put("message", verdict.scope() == RateLimiter.Scope.SHARED ? "The resource is being rate limited."
                : "You are being rate limited.");
        body.put("retry_after", retryAfter);
        body.put("global", global);
        return new Response(429, body);
    }

    private double roll(Faults f) {
        synchronized (faultRandom) {
            if (faultSeed != f.seed()) {
                faultSeed = f.seed();
                faultRandom.setSeed(f.seed());
            }
            return faultRandom.nextDouble();
        }
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        exchange.getResponseHeaders().set("Via", "1.1 google");
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            exchange.close();
            return;
        }
        byte[] bytes = Payloads.JSON.writeValueAsBytes(response.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ObjectNode error(int code, String message) {
        ObjectNode n = Payloads.object();
        n.put("message", message);
        n.put("code", code);
        return n;
    }

    // ---- application and commands -------------------------------------------------------------------------------

    private ObjectNode application() {
        ObjectNode n = Payloads.object();
        n.put("id", id(world.applicationId));
        n.put("name", world.bot.name);
        n.put("description", "");
        n.putNull("icon");
        n.put("bot_public", true);
        n.put("bot_require_code_grant", false);
        n.put("verify_key", "0");
        n.put("flags", 0);
        n.set("owner", Payloads.user(world.bot));
        n.set("bot", Payloads.user(world.bot));
        return n;
    }

    private ArrayNode registerCommands(long scope, Request r) {
        CommandRules.checkBulk(r.body());
        ArrayNode stored = Payloads.array();
        for (JsonNode c : r.body()) {
            ObjectNode cmd = ((ObjectNode) c).deepCopy();
            cmd.put("id", id(Snowflakes.next()));
            cmd.put("application_id", id(world.applicationId));
            cmd.put("version", id(Snowflakes.next()));
            if (!cmd.has("type")) {
                cmd.put("type", 1);
            }
            if (!cmd.has("description")) {
                cmd.put("description", "");
            }
            if (!cmd.has("default_member_permissions")) {
                cmd.putNull("default_member_permissions");
            }
            cmd.put("nsfw", cmd.path("nsfw").asBoolean(false));
            if (scope != 0) {
                cmd.put("guild_id", id(scope));
            }
            stored.add(cmd);
        }
        world.commands.put(scope, stored);
        return stored.deepCopy();
    }

    private ArrayNode commands(long scope) {
        ArrayNode c = world.commands.get(scope);
        return c == null ? Payloads.array() : c.deepCopy();
    }

    // ---- interactions -------------------------------------------------------------------------------------------

    private Response callback(Request r) {
        Interaction i = world.interactions.get(r.id("interaction"));
        if (i == null || !i.token.equals(r.param("token"))
                || Duration.between(i.createdAt, Instant.now()).compareTo(ackDeadline) > 0) {
            throw new DiscordError(404, 10062, "Unknown interaction");
        }
        if (i.ack != Ack.NONE) {
            throw new DiscordError(400, 40060, "Interaction has already been acknowledged.");
        }
        Ack ack = Ack.of(r.body().path("type").asInt(-1));
        JsonNode data = r.body().path("data");
        if (ack == null) {
            throw FormErrors.of("type", "BASE_TYPE_CHOICES", "Value must be one of {4, 5, 6, 7, 9}.");
        }
        boolean component = i.type == Interaction.MESSAGE_COMPONENT
                || (i.type == Interaction.MODAL_SUBMIT && i.sourceMessage != null);
        if ((ack == Ack.DEFER_UPDATE || ack == Ack.UPDATE) && !component) {
            throw FormErrors.of("type", "INTERACTION_RESPONSE_TYPE_INVALID", "This interaction has no message to update");
        }
        if (ack == Ack.MODAL && i.type == Interaction.MODAL_SUBMIT) {
            throw FormErrors.of("type", "INTERACTION_RESPONSE_TYPE_INVALID", "A modal cannot answer a modal");
        }
        Message resource = null;
        switch (ack) {
            case REPLY, DEFER_REPLY -> {
                boolean ephemeral = (data.path("flags").asInt(0) & EPHEMERAL) != 0;
                if (!ephemeral) {
                    requireThreadTakesReplies(world.channel(i.channelId));
                }
                Message m = new Message(Snowflakes.next(), i.channelId, world.bot.id, Instant.now(), null, i,
                        ephemeral ? i.userId : null);
                i.ephemeral = ephemeral;
                i.original = m;
                if (ack == Ack.REPLY) {
                    apply(m, data, r.uploads(), false);
                } else {
                    m.loading = true;
                }
                store(m);
                resource = m;
            }
            case DEFER_UPDATE -> i.original = i.sourceMessage;
            case UPDATE -> {
                edit(i.sourceMessage, data, r.uploads()); // refused (50006, 50083): the interaction stays unanswered
                i.original = i.sourceMessage;
                resource = i.sourceMessage;
            }
            case MODAL -> i.modal = ((ObjectNode) data).deepCopy();
            default -> throw new IllegalStateException();
        }
        i.ack = ack;
        i.ackedAt = Instant.now();
        if (!"true".equals(r.query().get("with_response"))) {
            return Response.noContent();
        }
        ObjectNode out = Payloads.object();
        ObjectNode interaction = out.putObject("interaction");
        interaction.put("id", id(i.id));
        interaction.put("type", i.type);
        if (resource != null) {
            interaction.put("response_message_id", id(resource.id));
            interaction.put("response_message_loading", ack == Ack.DEFER_REPLY);
            interaction.put("response_message_ephemeral", resource.visibleTo != null);
        }
        ObjectNode res = out.putObject("resource");
        res.put("type", ack.code);
        if (resource != null) {
            res.set("message", message(resource));
        }
        return Response.ok(out);
    }

    private Interaction webhook(Request r) {
        Interaction i = world.interactionsByToken.get(r.param("token"));
        if (i == null || !r.param("app").equals(id(world.applicationId))) {
            throw new DiscordError(404, 10015, "Unknown Webhook");
        }
        if (Duration.between(i.createdAt, Instant.now()).compareTo(tokenLifetime) > 0) {
            throw new DiscordError(401, 50027, "Invalid Webhook Token");
        }
        if (i.ack == Ack.NONE || i.ack == Ack.MODAL) {
            throw new DiscordError(404, 10015, "Unknown Webhook");
        }
        return i;
    }

    private Message original(Request r) {
        Interaction i = webhook(r);
        if (i.original == null || i.original.channelId == 0) {
            throw new DiscordError(404, 10008, "Unknown Message");
        }
        return i.original;
    }

    private Message followupMessage(Request r) {
        Interaction i = webhook(r);
        long messageId = r.id("message");
        if (i.original != null && i.original.id == messageId) {
            return i.original;
        }
        return i.followups.stream().filter(m -> m.id == messageId).findFirst()
                .orElseThrow(() -> new DiscordError(404, 10008, "Unknown Message"));
    }

    private Response followup(Request r) {
        Interaction i = webhook(r);
        if (i.ack == Ack.DEFER_REPLY && i.original != null && i.original.loading) {
            // receiving-and-responding.mdx "Create Followup Message": directly after a deferred reply this edits the
            // loading message; "The ephemeral flag will be ignored, and the value you provided in the initial defer
            // response will be preserved"
            return Response.ok(edit(i.original, r.body(), r.uploads()));
        }
        boolean ephemeral = (r.body().path("flags").asInt(0) & EPHEMERAL) != 0;
        Message m = new Message(Snowflakes.next(), i.channelId, world.bot.id, Instant.now(), null, i,
                ephemeral ? i.userId : null);
        apply(m, r.body(), r.uploads(), false);
        requireContent(m);
        if (!ephemeral) {
            requireThreadTakesReplies(world.channel(i.channelId));
        }
        store(m);
        i.followups.add(m);
        return Response.ok(message(m));
    }

    // ---- messages -----------------------------------------------------------------------------------------------

    private Response createMessage(Request r) {
        Channel c = world.channel(r.id("channel"));
        String nonce = r.body().path("nonce").isMissingNode() ? null : r.body().path("nonce").asString();
        if (nonce != null && nonce.length() > 25) {
            throw FormErrors.of("nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        }
        // "The SEND_MESSAGES permission has no effect in threads" (topics/threads.mdx "Permissions")
        requireInChannel(c, c.isThread() ? Permissions.SEND_MESSAGES_IN_THREADS : Permissions.SEND_MESSAGES);
        requireThreadTakesMessages(c, botMayIn(c, Permissions.MANAGE_THREADS));
        if (!r.uploads().isEmpty()) {
            requireInChannel(c, Permissions.ATTACH_FILES);
        }
        if (c.type == Channel.DM && !world.users.get(c.recipientId).dmsOpen) {
            throw new DiscordError(403, 50007, "Cannot send messages to this user");
        }
        String nonceKey = c.id + ":" + nonce;
        if (nonce != null && r.body().path("enforce_nonce").asBoolean(false)) {
            Message earlier = world.messagesByNonce.get(nonceKey);
            if (earlier != null && Duration.between(earlier.createdAt, Instant.now()).compareTo(NONCE_WINDOW) < 0) {
                return Response.ok(message(earlier));
            }
        }
        Message m = new Message(Snowflakes.next(), c.id, world.bot.id, Instant.now(), nonce, null, null);
        apply(m, r.body(), r.uploads(), false);
        requireContent(m);
        store(m);
        if (nonce != null) {
            world.messagesByNonce.put(nonceKey, m);
        }
        return Response.ok(message(m));
    }

    /**
     * Get Channel Messages (message.mdx): newest first, at most {@code limit} (1-100, default 50), around, before or
     * after a message id ("mutually exclusive, only one may be passed at a time"); none without Read Message History.
     */
    private Response history(Request r) {
        Channel c = world.channel(r.id("channel"));
        requireInChannel(c, Permissions.VIEW_CHANNEL);
        int limit = r.queryInt("limit", 50);
        if (limit < 1 || limit > 100) {
            throw FormErrors.of("limit", "NUMBER_TYPE_MAX", "Must be between 1 and 100.");
        }
        List<String> anchors = java.util.stream.Stream.of("before", "after", "around")
                .filter(r.query()::containsKey).toList();
        if (anchors.size() > 1) {
            throw FormErrors.of(anchors.get(1), "BASE_TYPE_INVALID", "Only one of before, after and around.");
        }
        ArrayNode out = Payloads.array();
        if (c.type != Channel.DM) {
            Guild g = world.guild(c.guildId);
            if ((g.permissionsIn(world.member(g, world.bot.id), c) & Permissions.READ_MESSAGE_HISTORY) == 0) {
                return Response.ok(out);
            }
        }
        List<Message> oldestFirst = world.visibleMessages(c, null);
        List<Message> picked;
        if (anchors.isEmpty() || anchors.get(0).equals("before")) {
            long before = anchors.isEmpty() ? -1L : Long.parseUnsignedLong(r.query().get("before"));
            picked = oldestFirst.stream().filter(m -> Long.compareUnsigned(m.id, before) < 0).toList();
            picked = picked.subList(Math.max(0, picked.size() - limit), picked.size());
        } else if (anchors.get(0).equals("after")) {
            long after = Long.parseUnsignedLong(r.query().get("after"));
            picked = oldestFirst.stream().filter(m -> Long.compareUnsigned(m.id, after) > 0).limit(limit).toList();
        } else {
            long around = Long.parseUnsignedLong(r.query().get("around"));
            int at = 0;
            while (at < oldestFirst.size() && Long.compareUnsigned(oldestFirst.get(at).id, around) < 0) {
                at++;
            }
            int from = Math.max(0, at - limit / 2);
            picked = oldestFirst.subList(from, Math.min(oldestFirst.size(), from + limit));
        }
        for (int k = picked.size() - 1; k >= 0; k--) {
            out.add(message(picked.get(k)));
        }
        return Response.ok(out);
    }

    /** An edit that would leave the message empty is refused (50006); others come back as MESSAGE_UPDATE. */
    private ObjectNode edit(Message m, JsonNode body, Map<String, Multipart.Upload> uploads) {
        requireUnarchived(world.channel(m.channelId));
        String content = m.content;
        ArrayNode embeds = m.embeds;
        ArrayNode components = m.components;
        List<Attachment> attachments = m.attachments;
        apply(m, body, uploads, true);
        try {
            requireContent(m);
        } catch (DiscordError e) {
            m.content = content;
            m.embeds = embeds;
            m.components = components;
            m.attachments = attachments;
            throw e;
        }
        m.loading = false;
        m.editedAt = Instant.now();
        if (m.visibleTo == null) {
            gateway.dispatch("MESSAGE_UPDATE", message(m));
        }
        return message(m);
    }

    private Response deleteMessage(Message m) {
        Channel c = world.channel(m.channelId);
        requireUnarchived(c);
        world.removeMessage(c, m);
        if (m.visibleTo == null) {
            ObjectNode event = Payloads.object();
            event.put("id", id(m.id));
            event.put("channel_id", id(c.id));
            if (c.type != Channel.DM) {
                event.put("guild_id", id(c.guildId));
            }
            gateway.dispatch("MESSAGE_DELETE", event);
        }
        return Response.noContent();
    }

    /**
     * Stores a new message; like Discord, the bot's own messages come back to it as MESSAGE_CREATE (ephemeral ones
     * do not: they are "sent directly to the user and the bot ... rather than through the guild channel").
     */
    private void store(Message m) {
        Channel c = world.channel(m.channelId);
        if (m.visibleTo == null && world.unarchive(c)) {
            // topics/threads.mdx: "Sending a message will automatically unarchive the thread"; the bot learns it
            // before the message, which JDA could not place in a thread it dropped on archiving
            gateway.dispatch("THREAD_UPDATE", Payloads.thread(c));
        }
        world.addMessage(c, m);
        if (m.visibleTo == null) {
            gateway.dispatch("MESSAGE_CREATE", message(m));
        }
    }

    /** A message through the channel routes: the bot must see the channel and have {@code permission} in it. */
    private Message channelMessage(Request r, long permission) {
        Channel c = world.channel(r.id("channel"));
        requireInChannel(c, permission);
        return world.message(c, r.id("message"));
    }

    /** "The fields content, embeds, flags and components can be edited by the original message author" (50005). */
    private Response editChannelMessage(Request r) {
        Message m = channelMessage(r, Permissions.VIEW_CHANNEL);
        if (m.authorId != world.bot.id) {
            throw new DiscordError(403, 50005, "Cannot edit a message authored by another user");
        }
        Channel c = world.channel(m.channelId);
        requireThreadTakesMessages(c, botMayIn(c, Permissions.MANAGE_THREADS));
        return Response.ok(edit(m, r.body(), r.uploads()));
    }

    /** The bot deletes its own messages; another's needs Manage Messages. */
    private Response deleteChannelMessage(Request r) {
        Message m = channelMessage(r, Permissions.VIEW_CHANNEL);
        if (m.authorId != world.bot.id) {
            requireInChannel(world.channel(m.channelId), Permissions.MANAGE_MESSAGES);
        }
        return deleteMessage(m);
    }

    /**
     * Bulk Delete Messages (message.mdx): guild channels only (50003), Manage Messages there (50001, 50013); 2 to 100
     * snowflakes in {@code messages}, unknown ones counting (50016), none twice (50035, "The set already contains this
     * value"), none made over 2 weeks ago by its snowflake (50034). Unknown ids are skipped; 204, and one
     * MESSAGE_DELETE_BULK with the ids deleted.
     */
    private Response bulkDelete(Request r) {
        Channel c = world.channel(r.id("channel"));
        if (c.type == Channel.DM) {
            throw new DiscordError(403, 50003, "Cannot execute action on a DM channel");
        }
        requireInChannel(c, Permissions.MANAGE_MESSAGES);
        requireUnarchived(c);
        JsonNode listed = r.body().path("messages");
        if (!listed.isArray()) {
            throw FormErrors.of("messages", "BASE_TYPE_REQUIRED", "This field is required");
        }
        FormErrors errors = new FormErrors();
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (int k = 0; k < listed.size(); k++) {
            String raw = listed.get(k).asString("");
            try {
                if (!ids.add(Long.parseUnsignedLong(raw))) {
                    errors.add("messages." + k, "SET_TYPE_ALREADY_CONTAINS_VALUE",
                            "The set already contains this value");
                }
            } catch (NumberFormatException e) {
                errors.add("messages." + k, "NUMBER_TYPE_COERCE", "Value \"" + raw + "\" is not snowflake.");
            }
        }
        errors.throwIfAny();
        if (listed.size() < 2 || listed.size() > 100) {
            throw new DiscordError(400, 50016, "Provided too few or too many messages to delete. Must provide at"
                    + " least 2 and fewer than 100 messages to delete.");
        }
        Instant twoWeeksAgo = Instant.now().minus(Duration.ofDays(14));
        if (ids.stream().anyMatch(id -> Snowflakes.time(id).isBefore(twoWeeksAgo))) {
            throw new DiscordError(400, 50034, "You can only bulk delete messages that are under 14 days old.");
        }
        ArrayNode deleted = Payloads.array();
        for (long id : ids) {
            Message m = world.messages.get(id);
            if (m != null && m.channelId == c.id && m.visibleTo == null) {
                world.removeMessage(c, m);
                deleted.add(id(m.id));
            }
        }
        if (!deleted.isEmpty()) {
            ObjectNode event = Payloads.object();
            event.set("ids", deleted);
            event.put("channel_id", id(c.id));
            event.put("guild_id", id(c.guildId));
            gateway.dispatch("MESSAGE_DELETE_BULK", event);
        }
        return Response.noContent();
    }

    /**
     * The bot's permissions in a guild channel (overwrites included): a channel it cannot see answers 403 50001
     * Missing Access, a permission it lacks there 403 50013 Missing Permissions. DMs need none.
     */
    private void requireInChannel(Channel c, long permission) {
        if (c.type == Channel.DM) {
            return;
        }
        Guild g = world.guild(c.guildId);
        long has = g.permissionsIn(world.member(g, world.bot.id), c);
        if ((has & Permissions.VIEW_CHANNEL) == 0) {
            throw new DiscordError(403, 50001, "Missing Access");
        }
        if ((has & permission) != permission) {
            throw missingPermissions();
        }
    }

    private static void requireContent(Message m) {
        boolean empty = (m.content == null || m.content.isEmpty()) && (m.embeds == null || m.embeds.isEmpty())
                && (m.components == null || m.components.isEmpty()) && m.attachments.isEmpty();
        if (empty) {
            throw new DiscordError(400, 50006, "Cannot send an empty message");
        }
    }

    /** Applies the fields a create or edit body sets; components get Discord's numeric ids. */
    private static void apply(Message m, JsonNode body, Map<String, Multipart.Upload> uploads, boolean editing) {
        // every check before any change: a refused edit leaves the message as it was
        checkEmbeds(body.path("embeds"));
        checkComponents(body.path("components"), (body.path("flags").asInt(0) & (1 << 15)) != 0);
        if (body.has("content")) {
            String content = body.get("content").isNull() ? null : body.get("content").asString();
            if (content != null && content.length() > 2000) {
                throw FormErrors.of("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
            }
            m.content = content;
        }
        if (body.has("embeds")) {
            m.embeds = body.get("embeds").isArray() ? (ArrayNode) body.get("embeds").deepCopy() : null;
            if (m.embeds != null) {
                // Discord stores every embed a bot sends as a "rich" one
                m.embeds.forEach(e -> {
                    if (e.isObject() && !e.has("type")) {
                        ((ObjectNode) e).put("type", "rich");
                    }
                });
            }
        }
        if (body.has("components")) {
            m.components = body.get("components").isArray() ? (ArrayNode) body.get("components").deepCopy() : null;
            if (m.components != null) {
                numberComponents(m.components, new AtomicInteger());
            }
        }
        attach(m, body.path("attachments"), uploads, editing);
    }

    /**
     * Files (reference.mdx, "Uploading Files" and "Editing Message Attachments"): a new message gets every uploaded
     * file; an edit that lists {@code attachments} keeps only the listed ones (existing ids, or the placeholders n of
     * {@code files[n]}), and one that does not keeps what the message had, plus the new files. An embed's
     * {@code attachment://<filename>} image shows the file of that name.
     */
    private static void attach(Message m, JsonNode listed, Map<String, Multipart.Upload> uploads, boolean editing) {
        Map<String, String> descriptions = new java.util.HashMap<>();
        List<Attachment> kept = new ArrayList<>();
        java.util.Set<String> placeholders = new java.util.LinkedHashSet<>();
        if (listed.isArray()) {
            for (JsonNode a : listed) {
                String id = a.path("id").asString("");
                String description = a.path("description").isString() ? a.path("description").asString() : null;
                if (uploads.containsKey(id)) {
                    placeholders.add(id);
                    if (description != null) {
                        descriptions.put(id, description);
                    }
                } else {
                    Attachment existing = m.attachments.stream().filter(x -> Long.toString(x.id()).equals(id))
                            .findFirst().orElseThrow(() -> FormErrors.of("attachments", "BASE_TYPE_INVALID",
                                    "Unknown attachment " + id));
                    kept.add(description == null ? existing : existing.describedAs(description));
                }
            }
        } else if (editing) {
            kept.addAll(m.attachments);
        }
        if (!editing || !listed.isArray()) {
            placeholders.addAll(uploads.keySet());
        }
        for (String n : placeholders) {
            Multipart.Upload u = uploads.get(n);
            kept.add(new Attachment(Snowflakes.next(), u.filename(), contentType(u), descriptions.get(n), u.data()));
        }
        if (kept.size() > Multipart.MAX_FILES) {
            throw FormErrors.of("attachments", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        }
        m.attachments = List.copyOf(kept);
        if (m.embeds != null) {
            for (JsonNode e : m.embeds) {
                JsonNode image = e.path("image");
                String url = image.path("url").asString("");
                if (url.startsWith("attachment://")) {
                    m.attachments.stream().filter(a -> a.filename().equals(url.substring("attachment://".length())))
                            .findFirst().ifPresent(a -> ((ObjectNode) image).put("url", a.url(m.channelId)));
                }
            }
        }
    }

    /**
     * Embed limits (message.mdx "Embed Limits"): at most 10 embeds, and "the combined sum of characters in all title,
     * description, field.name, field.value, footer.text, and author.name fields across all embeds ... must not exceed
     * 6000 characters"; each field within its own limit.
     */
    private static void checkEmbeds(JsonNode embeds) {
        if (!embeds.isArray()) {
            return;
        }
        FormErrors errors = new FormErrors();
        if (embeds.size() > 10) {
            errors.add("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        }
        int total = 0;
        for (int k = 0; k < embeds.size(); k++) {
            JsonNode e = embeds.get(k);
            String at = "embeds." + k;
            total += limited(errors, at + ".title", e.path("title"), 256);
            total += limited(errors, at + ".description", e.path("description"), 4096);
            total += limited(errors, at + ".footer.text", e.path("footer").path("text"), 2048);
            total += limited(errors, at + ".author.name", e.path("author").path("name"), 256);
            JsonNode fields = e.path("fields");
            if (fields.size() > 25) {
                errors.add(at + ".fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            }
            for (int f = 0; f < fields.size(); f++) {
                total += limited(errors, at + ".fields." + f + ".name", fields.get(f).path("name"), 256);
                total += limited(errors, at + ".fields." + f + ".value", fields.get(f).path("value"), 1024);
            }
        }
        if (total > 6000) {
            errors.add("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
        }
        errors.throwIfAny();
    }

    private static int limited(FormErrors errors, String at, JsonNode text, int max) {
        int length = text.isString() ? text.asString().strip().length() : 0;
        if (length > max) {
            errors.add(at, "BASE_TYPE_MAX_LENGTH", "Must be " + max + " or fewer in length.");
        }
        return length;
    }

    /**
     * Component rules (components/reference.mdx): custom ids of 1 to 100 characters, unique in the message
     * ("Multiple components on the same message must not share the same custom_id"); at most 5 action rows, each
     * with up to 5 buttons or a single select.
     */
    private static void checkComponents(JsonNode components, boolean componentsV2) {
        if (!components.isArray()) {
            return;
        }
        FormErrors errors = new FormErrors();
        if (components.size() > 5 && !componentsV2) {
            errors.add("components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int k = 0; k < components.size(); k++) {
            JsonNode row = components.get(k);
            JsonNode inner = row.path("components");
            boolean select = false;
            for (JsonNode c : inner) {
                select |= c.path("type").asInt() >= 3 && c.path("type").asInt() <= 8;
            }
            if (row.path("type").asInt() == 1 && (inner.size() > 5 || select && inner.size() > 1)) {
                errors.add("components." + k + ".components", "BASE_TYPE_MAX_LENGTH",
                        "An action row holds up to 5 buttons or a single select.");
            }
            for (int c = 0; c < inner.size(); c++) {
                checkSelect(errors, "components." + k + ".components." + c, inner.get(c));
                JsonNode customId = inner.get(c).path("custom_id");
                if (customId.isMissingNode()) {
                    continue;
                }
                String at = "components." + k + ".components." + c + ".custom_id";
                if (customId.asString("").isEmpty() || customId.asString().length() > 100) {
                    errors.add(at, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
                } else if (!ids.add(customId.asString())) {
                    errors.add(at, "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated");
                }
            }
        }
        errors.throwIfAny();
    }

    /**
     * The attachment's content type as Discord reports it: from the file's kind, whatever the client declared (JDA
     * sends every file as application/octet-stream).
     */
    private static String contentType(Multipart.Upload u) {
        String name = u.filename().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "txt" -> "text/plain; charset=utf-8";
            case "json" -> "application/json; charset=utf-8";
            case "ics" -> "text/calendar; charset=utf-8";
            default -> u.contentType() == null ? "application/octet-stream" : u.contentType();
        };
    }

    /**
     * A string select (components/reference.mdx, "String Select"): 1 to 25 options, {@code min_values} 0 to 25
     * (default 1), {@code max_values} 1 to 25 (default 1), and no more to pick than there are options.
     */
    private static void checkSelect(FormErrors errors, String at, JsonNode select) {
        if (select.path("type").asInt() != 3) {
            return;
        }
        JsonNode options = select.path("options");
        if (options.size() < 1 || options.size() > 25) {
            errors.add(at + ".options", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length.");
        }
        int min = select.path("min_values").asInt(1);
        int max = select.path("max_values").asInt(1);
        if (min < 0 || min > 25) {
            errors.add(at + ".min_values", "NUMBER_TYPE_MAX", "int value should be between 0 and 25.");
        }
        if (max < 1 || max > 25 || max > options.size() || max < min) {
            errors.add(at + ".max_values", "NUMBER_TYPE_MAX", "max_values must be between min_values and the"
                    + " number of options.");
        }
        java.util.Set<String> values = new java.util.HashSet<>();
        for (int o = 0; o < options.size(); o++) {
            JsonNode option = options.get(o);
            if (option.path("label").asString("").isEmpty() || option.path("label").asString().length() > 100) {
                errors.add(at + ".options." + o + ".label", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }
            if (!values.add(option.path("value").asString(""))) {
                errors.add(at + ".options." + o + ".value", "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED",
                        "Select component options must have unique values");
            }
        }
    }

    private static void numberComponents(ArrayNode components, AtomicInteger next) {
        for (JsonNode c : components) {
            ObjectNode o = (ObjectNode) c;
            if (!o.has("id")) {
                o.put("id", next.incrementAndGet());
            }
            if (o.has("components")) {
                numberComponents((ArrayNode) o.get("components"), next);
            }
        }
    }

    private ObjectNode message(Message m) {
        return Payloads.message(m, world);
    }

    // ---- reactions ----------------------------------------------------------------------------------------------

    /** The bot's own reaction: it needs Add Reactions and Read Message History, and sees its event come back. */
    private Response react(Request r, boolean add) {
        Message m = channelMessage(r, add ? Permissions.READ_MESSAGE_HISTORY | Permissions.ADD_REACTIONS
                : Permissions.READ_MESSAGE_HISTORY);
        Channel c = world.channel(m.channelId);
        requireUnarchived(c);
        String emoji = r.param("emoji");
        boolean changed = add ? m.reactors(emoji).add(world.bot.id) : m.reactors(emoji).remove(world.bot.id);
        if (changed) {
            Member bot = c.type == Channel.DM ? null : world.member(world.guild(c.guildId), world.bot.id);
            gateway.dispatch(add ? "MESSAGE_REACTION_ADD" : "MESSAGE_REACTION_REMOVE",
                    Payloads.reaction(c, m, bot == null ? world.bot : bot.user, bot, emoji, add));
        }
        return Response.noContent();
    }

    /**
     * Like Discord: users ordered by id, {@code after} an id, at most {@code limit} (default 25, max 100); the bot must
     * see the channel and read its history (50001, 50013).
     */
    private Response reactions(Request r) {
        Message m = channelMessage(r, Permissions.READ_MESSAGE_HISTORY);
        int limit = Math.max(1, Math.min(100, r.queryInt("limit", 25)));
        long after = r.query().containsKey("after") ? Long.parseUnsignedLong(r.query().get("after")) : 0;
        ArrayNode out = Payloads.array();
        m.reactors(r.param("emoji")).stream().sorted().filter(u -> Long.compareUnsigned(u, after) > 0).limit(limit)
                .forEach(u -> out.add(Payloads.user(world.users.get(u))));
        return Response.ok(out);
    }

    // ---- DMs ----------------------------------------------------------------------------------------------------

    private Response openDm(Request r) {
        long recipient;
        try {
            recipient = Long.parseUnsignedLong(r.body().path("recipient_id").asString(""));
        } catch (NumberFormatException e) {
            throw FormErrors.of("recipient_id", "NUMBER_TYPE_COERCE", "Value is not snowflake.");
        }
        User user = world.users.get(recipient);
        if (user == null) {
            throw new DiscordError(400, 50033, "Invalid Recipient(s)");
        }
        Channel dm = world.dmChannels.computeIfAbsent(recipient, u -> {
            Channel created = new Channel(Snowflakes.next(), 0, null, Channel.DM, null, u);
            world.channels.put(created.id, created);
            return created;
        });
        return Response.ok(Payloads.channel(dm, world));
    }

    // ---- members ------------------------------------------------------------------------------------------------

    private Response role(Request r, boolean add) {
        Guild g = world.guild(r.id("guild"));
        Member m = world.member(g, r.id("user"));
        long roleId = r.id("role");
        if (!g.roles.containsKey(roleId)) {
            throw new DiscordError(404, 10011, "Unknown Role");
        }
        requireBotMay(g, Permissions.MANAGE_ROLES, null);
        if (g.roles.get(roleId).position >= g.highestPosition(world.member(g, world.bot.id))) {
            throw missingPermissions();
        }
        boolean changed = add ? m.roleIds.add(roleId) : m.roleIds.remove(roleId);
        if (changed) {
            memberUpdated(g, m);
        }
        return Response.noContent();
    }

    private Response modifyMember(Request r) {
        Guild g = world.guild(r.id("guild"));
        Member m = world.member(g, r.id("user"));
        JsonNode body = r.body();
        if (body.has("communication_disabled_until")) {
            requireBotMay(g, Permissions.MODERATE_MEMBERS, m);
            if ((g.permissionsOf(m) & Permissions.ADMINISTRATOR) != 0) {
                throw missingPermissions(); // administrators cannot be timed out
            }
            JsonNode until = body.get("communication_disabled_until");
            if (until.isNull()) {
                m.timeoutUntil = null;
            } else {
                Instant t = Instant.parse(until.asString());
                if (t.isAfter(Instant.now().plus(Duration.ofDays(28)))) {
                    throw FormErrors.of("communication_disabled_until", "BASE_TYPE_BAD_TIME",
                            "Must be at most 28 days in the future.");
                }
                m.timeoutUntil = t;
            }
        }
        if (body.has("nick")) {
            // guild.mdx "Modify Guild Member": nick needs MANAGE_NICKNAMES; nicknames are at most 32 characters
            requireBotMay(g, Permissions.MANAGE_NICKNAMES, m);
            String nick = body.get("nick").isNull() ? null : body.get("nick").asString();
            if (nick != null && nick.length() > 32) {
                throw FormErrors.of("nick", "BASE_TYPE_MAX_LENGTH", "Must be 32 or fewer in length.");
            }
            m.nick = nick == null || nick.isEmpty() ? null : nick;
        }
        if (body.has("roles")) {
            requireBotMay(g, Permissions.MANAGE_ROLES, m);
            m.roleIds.clear();
            body.get("roles").forEach(role -> m.roleIds.add(Long.parseUnsignedLong(role.asString())));
        }
        memberUpdated(g, m);
        return Response.ok(Payloads.member(m));
    }

    private Response listMembers(Request r) {
        Guild g = world.guild(r.id("guild"));
        int limit = Math.max(1, Math.min(1000, r.queryInt("limit", 1)));
        long after = r.query().containsKey("after") ? Long.parseUnsignedLong(r.query().get("after")) : 0;
        ArrayNode out = Payloads.array();
        g.members.values().stream().sorted((a, b) -> Long.compareUnsigned(a.user.id, b.user.id))
                .filter(m -> Long.compareUnsigned(m.user.id, after) > 0).limit(limit)
                .forEach(m -> out.add(Payloads.member(m)));
        return Response.ok(out);
    }

    private Response kick(Request r) {
        Guild g = world.guild(r.id("guild"));
        Member m = world.member(g, r.id("user"));
        requireBotMay(g, Permissions.KICK_MEMBERS, m);
        removeMember(g, m);
        return Response.noContent();
    }

    private Response ban(Request r) {
        Guild g = world.guild(r.id("guild"));
        long userId = r.id("user");
        User user = world.users.get(userId);
        if (user == null) {
            throw new DiscordError(404, 10013, "Unknown User");
        }
        requireBotMay(g, Permissions.BAN_MEMBERS, g.members.get(userId));
        g.bans.put(userId, r.auditReason() == null ? "" : r.auditReason());
        Member m = g.members.get(userId);
        ObjectNode event = Payloads.object();
        event.put("guild_id", id(g.id));
        event.set("user", Payloads.user(user));
        gateway.dispatch("GUILD_BAN_ADD", event);
        if (m != null) {
            removeMember(g, m);
        }
        return Response.noContent();
    }

    /**
     * Discord's rule for acting on a member: the bot needs the permission, and the target (if a member) must be
     * neither the owner nor hold a role at or above the bot's highest role; else 403 Missing Permissions.
     */
    private void requireBotMay(Guild g, long permission, Member target) {
        Member bot = world.member(g, world.bot.id);
        if ((g.permissionsOf(bot) & permission) != permission || (target != null && !g.canActOn(bot, target))) {
            throw missingPermissions();
        }
    }

    private static DiscordError missingPermissions() {
        return new DiscordError(403, 50013, "Missing Permissions");
    }

    private void removeMember(Guild g, Member m) {
        g.members.remove(m.user.id);
        ObjectNode event = Payloads.object();
        event.put("guild_id", id(g.id));
        event.set("user", Payloads.user(m.user));
        gateway.dispatch("GUILD_MEMBER_REMOVE", event);
    }

    private void memberUpdated(Guild g, Member m) {
        ObjectNode event = Payloads.member(m);
        event.put("guild_id", id(g.id));
        gateway.dispatch("GUILD_MEMBER_UPDATE", event);
    }

    /**
     * Create Guild Role (guild.mdx): Manage Roles, and no permission the bot lacks itself (permissions.mdx "Permission
     * Hierarchy"), else 50013; a name of at most 100 characters ("new role" when none), @everyone's permissions when
     * none are given; at most 250 roles (30005). Like Discord, the role is made at position 1 and the others keep
     * theirs (of a tie the newer ranks lower); GUILD_ROLE_CREATE reaches the bot.
     */
    private Response createRole(Request r) {
        Guild g = world.guild(r.id("guild"));
        requireBotMay(g, Permissions.MANAGE_ROLES, null);
        JsonNode body = r.body();
        String name = body.hasNonNull("name") ? body.get("name").asString() : "new role";
        if (name.length() > 100) {
            throw FormErrors.of("name", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
        }
        long permissions = g.roles.get(g.id).permissions;
        if (body.hasNonNull("permissions")) {
            try {
                permissions = Long.parseLong(body.get("permissions").asString());
            } catch (NumberFormatException e) {
                throw FormErrors.of("permissions", "NUMBER_TYPE_COERCE", "Value is not a bit set.");
            }
        }
        if ((permissions & ~g.permissionsOf(world.member(g, world.bot.id))) != 0) {
            throw missingPermissions();
        }
        if (g.roles.size() >= Guild.MAX_ROLES) {
            throw new DiscordError(400, 30005, "Maximum number of guild roles reached (250)");
        }
        // "colors" (JDA sends it) or the deprecated "color"
        int color = body.path("colors").path("primary_color").asInt(body.path("color").asInt(0));
        Role role = new Role(Snowflakes.next(), name, permissions, 1, color, body.path("hoist").asBoolean(false),
                body.path("mentionable").asBoolean(false));
        g.roles.put(role.id, role);
        ObjectNode event = Payloads.object();
        event.put("guild_id", id(g.id));
        event.set("role", Payloads.role(role));
        gateway.dispatch("GUILD_ROLE_CREATE", event);
        return Response.ok(Payloads.role(role));
    }

    /**
     * Delete Guild Role (guild.mdx): Manage Roles and a role below the bot's highest (50013); an unknown role answers
     * 10011, the @everyone role 400 50028 Invalid Role. Every member loses the role; one GUILD_ROLE_DELETE reaches the
     * bot (JDA takes the role off its cached members itself).
     */
    private Response deleteRole(Request r) {
        Guild g = world.guild(r.id("guild"));
        long roleId = r.id("role");
        Role role = g.roles.get(roleId);
        if (role == null) {
            throw new DiscordError(404, 10011, "Unknown Role");
        }
        requireBotMay(g, Permissions.MANAGE_ROLES, null);
        if (roleId == g.id) {
            throw new DiscordError(400, 50028, "Invalid Role");
        }
        if (role.position >= g.highestPosition(world.member(g, world.bot.id))) {
            throw missingPermissions();
        }
        g.roles.remove(roleId);
        g.members.values().forEach(m -> m.roleIds.remove(roleId));
        ObjectNode event = Payloads.object();
        event.put("guild_id", id(g.id));
        event.put("role_id", id(roleId));
        gateway.dispatch("GUILD_ROLE_DELETE", event);
        return Response.noContent();
    }

    /**
     * Deletes a guild channel with its messages and threads: Manage Channels in it (50013); CHANNEL_DELETE reaches the
     * bot. A thread needs Manage Threads instead and sends THREAD_DELETE (channel.mdx "Delete/Close Channel").
     */
    private Response deleteChannel(Request r) {
        Channel c = world.channel(r.id("channel"));
        if (c.type == Channel.DM) {
            throw new DiscordError(403, 50003, "Cannot execute action on a DM channel");
        }
        if (c.isThread()) {
            requireInChannel(c, Permissions.MANAGE_THREADS);
            world.removeThread(world.guild(c.guildId), c);
            ObjectNode event = Payloads.object();
            event.put("id", id(c.id));
            event.put("guild_id", id(c.guildId));
            event.put("parent_id", id(c.parentId));
            event.put("type", c.type);
            gateway.dispatch("THREAD_DELETE", event);
            return Response.ok(Payloads.thread(c));
        }
        requireInChannel(c, Permissions.MANAGE_CHANNELS);
        world.removeChannel(world.guild(c.guildId), c);
        gateway.dispatch("CHANNEL_DELETE", Payloads.channel(c, world));
        return Response.ok(Payloads.channel(c, world));
    }

    /**
     * Creates a guild channel: the bot needs Manage Channels (50013); a name of 1 to 100 characters, a topic of at most
     * 1,024 (docs: resources/guild.mdx "Create Guild Channel", resources/channel.mdx "Modify Channel").
     */
    private Response createChannel(Request r) {
        Guild g = world.guild(r.id("guild"));
        requireBotMay(g, Permissions.MANAGE_CHANNELS, null);
        String name = r.body().path("name").asString("");
        if (name.isEmpty() || name.length() > 100) {
            throw FormErrors.of("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }
        int type = r.body().path("type").asInt(Channel.TEXT);
        Long parent = r.body().hasNonNull("parent_id")
                ? Long.parseUnsignedLong(r.body().get("parent_id").asString()) : null;
        String topic = r.body().hasNonNull("topic") ? r.body().get("topic").asString() : null;
        if (topic != null && topic.length() > 1024) {
            throw FormErrors.of("topic", "BASE_TYPE_BAD_LENGTH", "Must be between 0 and 1024 in length.");
        }
        Channel c = new Channel(Snowflakes.next(), g.id, name, type, parent, null);
        c.topic = topic;
        g.channels.put(c.id, c);
        world.channels.put(c.id, c);
        gateway.dispatch("CHANNEL_CREATE", Payloads.channel(c, world));
        return Response.created(Payloads.channel(c, world));
    }

    // ---- threads (topics/threads.mdx) -------------------------------------------------------------------------------

    /** "Thread is archived": edits, deletes and reactions in an archived thread, and what a locked one refuses. */
    private static DiscordError threadArchived() {
        return new DiscordError(400, 50083, "Thread is archived");
    }

    /**
     * Archived threads are read-only until un-archived (threads.mdx "Active &amp; Archived Threads": "Users cannot edit
     * messages, add reactions ..."); Discord answers edits, deletes and reactions there with 400 50083.
     */
    private static void requireUnarchived(Channel c) {
        if (c.isThread() && c.archived) {
            throw threadArchived();
        }
    }

    /**
     * A locked thread takes new messages and edits only from those who may Manage Threads (threads.mdx "Locked
     * Threads"): archived 400 50083 (a message un-archives a thread only when it is not locked), active 400 160005
     * "Thread is locked".
     */
    private static void requireThreadTakesMessages(Channel c, boolean mayManageThreads) {
        if (c.isThread() && c.locked && !mayManageThreads) {
            throw c.archived ? threadArchived() : new DiscordError(400, 160005, "Thread is locked");
        }
    }

    /** An interaction's reply in a thread that is locked and archived: 50083 (discord-api-docs issue 5517). */
    private static void requireThreadTakesReplies(Channel c) {
        if (c.isThread() && c.locked && c.archived) {
            throw threadArchived();
        }
    }

    private boolean botMayIn(Channel c, long permission) {
        if (c.type == Channel.DM) {
            return false;
        }
        Guild g = world.guild(c.guildId);
        return (g.permissionsIn(world.member(g, world.bot.id), c) & permission) == permission;
    }

    /** Get Channel: a channel or thread the bot sees (50001), a thread with the bot's thread member if it joined. */
    private Response getChannel(Request r) {
        Channel c = world.channel(r.id("channel"));
        requireInChannel(c, Permissions.VIEW_CHANNEL);
        ObjectNode n = Payloads.channel(c, world);
        if (c.isThread() && c.threadMembers.containsKey(world.bot.id)) {
            n.set("member", Payloads.threadMember(c, world.bot.id));
        }
        return Response.ok(n);
    }

    /**
     * Start Thread from Message (channel.mdx): a text or announcement channel (else 50024), View Channel (50001) and
     * Create Public Threads (50013) in it; a name of 1-100 characters, an auto_archive_duration of 60, 1440, 4320 or
     * 10080 (default 1440), rate_limit_per_user 0-21600 (50035). "The id of the created thread will be the same as the
     * id of the source message, and as such a message can only have a single thread created from it": a second one
     * 400 160004. THREAD_CREATE ({@code newly_created}) and the starter message's MESSAGE_UPDATE (its {@code thread})
     * reach the bot; 201 with the thread.
     */
    private Response startThreadFromMessage(Request r) {
        Channel parent = world.channel(r.id("channel"));
        requireHoldsThreads(parent);
        requireInChannel(parent, Permissions.CREATE_PUBLIC_THREADS);
        Message starter = world.message(parent, r.id("message"));
        if (world.channels.containsKey(starter.id)) {
            throw new DiscordError(400, 160004, "A thread has already been created for this message");
        }
        Channel thread = newThread(starter.id, parent, r.body());
        gateway.dispatch("MESSAGE_UPDATE", message(starter));
        return Response.created(Payloads.thread(thread));
    }

    /**
     * Start Thread without Message (channel.mdx): as from a message, with a {@code type}: 11 in a text channel, 10 in
     * an announcement channel. Private threads (12, the type Discord defaults to) are not emulated.
     */
    private Response startThread(Request r) {
        Channel parent = world.channel(r.id("channel"));
        requireHoldsThreads(parent);
        int expected = parent.type == Channel.ANNOUNCEMENT ? Channel.ANNOUNCEMENT_THREAD : Channel.PUBLIC_THREAD;
        JsonNode type = r.body().path("type");
        if (type.isMissingNode() || type.isNull() || type.asInt() == 12) {
            throw new DiscordError(400, 0, "the emulator has no private threads (type 12, Discord's default when no"
                    + " type is given): start a public thread with \"type\": " + expected);
        }
        if (type.asInt() != expected) {
            throw FormErrors.of("type", "BASE_TYPE_CHOICES", "Value must be one of {" + expected + ", 12}.");
        }
        requireInChannel(parent, Permissions.CREATE_PUBLIC_THREADS);
        return Response.created(Payloads.thread(newThread(Snowflakes.next(), parent, r.body())));
    }

    private static void requireHoldsThreads(Channel c) {
        if (!c.holdsThreads()) {
            throw new DiscordError(400, 50024, "Cannot execute action on this channel type");
        }
    }

    /** The thread a start-thread body describes, checked, stored, THREAD_CREATE dispatched; the bot its owner. */
    private Channel newThread(long id, Channel parent, JsonNode body) {
        FormErrors errors = new FormErrors();
        String name = body.path("name").isString() ? body.get("name").asString().strip() : null;
        if (name == null) {
            errors.add("name", "BASE_TYPE_REQUIRED", "This field is required");
        } else if (name.isEmpty() || name.length() > 100) {
            errors.add("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }
        int duration = checkAutoArchiveDuration(errors, body, 1440);
        int slowmode = checkRateLimitPerUser(errors, body, 0);
        errors.throwIfAny();
        Channel thread = Channel.thread(id, parent, name, world.bot.id, duration, slowmode);
        world.addThread(world.guild(parent.guildId), thread);
        ObjectNode event = Payloads.thread(thread);
        event.put("newly_created", true);
        gateway.dispatch("THREAD_CREATE", event);
        return thread;
    }

    private static int checkAutoArchiveDuration(FormErrors errors, JsonNode body, int fallback) {
        JsonNode d = body.path("auto_archive_duration");
        if (d.isMissingNode() || d.isNull()) {
            return fallback;
        }
        if (!d.isIntegralNumber() || !Channel.AUTO_ARCHIVE_DURATIONS.contains(d.asInt())) {
            errors.add("auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, 10080}.");
            return fallback;
        }
        return d.asInt();
    }

    private static int checkRateLimitPerUser(FormErrors errors, JsonNode body, int fallback) {
        JsonNode s = body.path("rate_limit_per_user");
        if (s.isMissingNode() || s.isNull()) {
            return fallback;
        }
        if (!s.isIntegralNumber() || s.asInt() < 0 || s.asInt() > Channel.MAX_RATE_LIMIT_PER_USER) {
            errors.add("rate_limit_per_user", "NUMBER_TYPE_MAX", "int value should be between 0 and 21600.");
            return fallback;
        }
        return s.asInt();
    }

    /**
     * Modify Channel for a thread (channel.mdx "JSON Params (Thread)", threads.mdx "Editing &amp; Deleting Threads"):
     * an archived thread only by un-archiving it (else 50083); its name, archived and auto_archive_duration need Manage
     * Threads or being its owner, locked and rate_limit_per_user Manage Threads, un-archiving a locked thread Manage
     * Threads, an unlocked one posting there (50013). A change sends THREAD_UPDATE. Other channels' edits are not
     * emulated.
     */
    private Response modifyThread(Request r) {
        Channel t = world.channel(r.id("channel"));
        if (!t.isThread()) {
            throw new DiscordError(404, 0, "404: Not Found (the emulator edits threads only, not channels of type "
                    + t.type + ")");
        }
        requireInChannel(t, Permissions.VIEW_CHANNEL);
        JsonNode body = r.body();
        FormErrors errors = new FormErrors();
        String name = t.name;
        if (body.has("name")) {
            name = body.get("name").isString() ? body.get("name").asString().strip() : "";
            if (name.isEmpty() || name.length() > 100) {
                errors.add("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }
        }
        int duration = checkAutoArchiveDuration(errors, body, t.autoArchiveDuration);
        int slowmode = checkRateLimitPerUser(errors, body, t.rateLimitPerUser);
        boolean archived = body.path("archived").isBoolean() ? body.get("archived").asBoolean() : t.archived;
        boolean locked = body.path("locked").isBoolean() ? body.get("locked").asBoolean() : t.locked;
        errors.throwIfAny();
        if (t.archived && archived) {
            throw threadArchived(); // "Requires the thread to have archived set to false or be set to false"
        }
        boolean manage = botMayIn(t, Permissions.MANAGE_THREADS);
        boolean owner = t.ownerId == world.bot.id;
        boolean ownerOrModerator = !name.equals(t.name) || duration != t.autoArchiveDuration
                || (archived && !t.archived);
        boolean moderator = locked != t.locked || slowmode != t.rateLimitPerUser || (t.archived && !archived && t.locked);
        boolean unarchiving = t.archived && !archived && !t.locked;
        boolean mayPost = botMayIn(t, Permissions.SEND_MESSAGES_IN_THREADS) || botMayIn(t, Permissions.SEND_MESSAGES);
        if ((ownerOrModerator && !manage && !owner) || (moderator && !manage) || (unarchiving && !mayPost)) {
            throw missingPermissions();
        }
        boolean changed = !name.equals(t.name) || duration != t.autoArchiveDuration || slowmode != t.rateLimitPerUser
                || archived != t.archived || locked != t.locked;
        if (archived != t.archived || duration != t.autoArchiveDuration) {
            t.archiveTimestamp = Instant.now();
        }
        t.name = name;
        t.autoArchiveDuration = duration;
        t.rateLimitPerUser = slowmode;
        t.archived = archived;
        t.locked = locked;
        if (changed) {
            gateway.dispatch("THREAD_UPDATE", Payloads.thread(t));
        }
        return Response.ok(Payloads.thread(t));
    }

    /**
     * List Active Guild Threads (guild.mdx): the guild's threads that are not archived and that the bot may see, with
     * the bot's thread member objects.
     */
    private Response activeThreads(Request r) {
        Guild g = world.guild(r.id("guild"));
        Member bot = world.member(g, world.bot.id);
        List<Channel> active = g.threads.values().stream().filter(t -> !t.archived)
                .filter(t -> (g.permissionsIn(bot, t) & Permissions.VIEW_CHANNEL) != 0).toList();
        ObjectNode out = Payloads.object();
        out.set("threads", threadList(active));
        out.set("members", threadMembers(active));
        return Response.ok(out);
    }

    /**
     * List Public Archived Threads (channel.mdx): a text or announcement channel's archived threads "ordered by
     * archive_timestamp, in descending order", those archived before {@code before} (an ISO8601 timestamp), at most
     * {@code limit} (1-100, 50 by default) and whether there are more; Read Message History needed (50001, 50013).
     */
    private Response archivedPublicThreads(Request r) {
        Channel c = world.channel(r.id("channel"));
        requireHoldsThreads(c);
        requireInChannel(c, Permissions.READ_MESSAGE_HISTORY);
        int limit = r.queryInt("limit", 50);
        if (limit < 1 || limit > 100) {
            throw FormErrors.of("limit", "NUMBER_TYPE_MAX", "Must be between 1 and 100.");
        }
        Instant before = r.query().containsKey("before") ? timestamp(r.query().get("before")) : null;
        List<Channel> archived = world.guild(c.guildId).threads.values().stream()
                .filter(t -> t.parentId == c.id && t.archived)
                .filter(t -> before == null || t.archiveTimestamp.isBefore(before))
                .sorted(java.util.Comparator.comparing((Channel t) -> t.archiveTimestamp).reversed()).toList();
        List<Channel> page = archived.subList(0, Math.min(limit, archived.size()));
        ObjectNode out = Payloads.object();
        out.set("threads", threadList(page));
        out.set("members", threadMembers(page));
        out.put("has_more", archived.size() > page.size());
        return Response.ok(out);
    }

    private static Instant timestamp(String raw) {
        try {
            return java.time.OffsetDateTime.parse(raw).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(raw).toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException again) {
                throw FormErrors.of("before", "DATE_TYPE_PARSE", "Could not parse " + raw + ". Should be ISO8601.");
            }
        }
    }

    private static ArrayNode threadList(List<Channel> threads) {
        ArrayNode out = Payloads.array();
        threads.forEach(t -> out.add(Payloads.thread(t)));
        return out;
    }

    /** "a thread member object for each returned thread the current user has joined" */
    private ArrayNode threadMembers(List<Channel> threads) {
        ArrayNode out = Payloads.array();
        threads.stream().filter(t -> t.threadMembers.containsKey(world.bot.id))
                .forEach(t -> out.add(Payloads.threadMember(t, world.bot.id)));
        return out;
    }
}
