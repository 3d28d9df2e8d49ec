package community.platform.discord.emulator.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.QueryString;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A browser view of the emulator for people trying the platform without a Discord token: the guilds' channels with
 * their messages, embeds, buttons and selects as members see them, and a way to act as any member (click, pick, run a
 * slash command, fill a form, react, write). A page ({@code /}) and a small JSON API under {@code /api/} that the page
 * polls; every action goes through the same scripts the tests use, so the bot sees what it would see from Discord.
 */
public final class WebView implements AutoCloseable {

    private final DiscordEmulator discord;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "discord-emulator-web");
        t.setDaemon(true);
        return t;
    });

    private WebView(DiscordEmulator discord, int port) throws IOException {
        this.discord = discord;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    /** Serves the view on {@code port} of the loopback interface (0: any free port). */
    public static WebView start(DiscordEmulator discord, int port) {
        try {
            return new WebView(discord, port);
        } catch (IOException e) {
            throw new IllegalStateException("the emulator's web view could not listen on port " + port + ": "
                    + e.getMessage(), e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            if (path.equals("/") || path.equals("/index.html")) {
                resource(exchange, "index.html", "text/html; charset=utf-8");
            } else if (path.equals("/app.js")) {
                resource(exchange, "app.js", "text/javascript; charset=utf-8");
            } else if (path.equals("/style.css")) {
                resource(exchange, "style.css", "text/css; charset=utf-8");
            } else if (path.equals("/api/world") && exchange.getRequestMethod().equals("GET")) {
                json(exchange, 200, discord.describe());
            } else if (path.startsWith("/api/messages") && exchange.getRequestMethod().equals("GET")) {
                Map<String, String> q = QueryString.parse(exchange.getRequestURI().getRawQuery());
                json(exchange, 200, discord.messagesSeenBy(Long.parseUnsignedLong(q.get("channel")),
                        Long.parseUnsignedLong(q.get("as"))));
            } else if (path.startsWith("/api/interactions/") && exchange.getRequestMethod().equals("GET")) {
                json(exchange, 200, discord.interaction(Long.parseUnsignedLong(path.substring(
                        "/api/interactions/".length()))));
            } else if (path.equals("/api/act") && exchange.getRequestMethod().equals("POST")) {
                json(exchange, 200, act(Payloads.parse(body)));
            } else {
                json(exchange, 404, Payloads.object().put("error", "no " + exchange.getRequestMethod() + " " + path));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // what Discord's client would not let the member do, said to the person at the page
            json(exchange, 400, Payloads.object().put("error", e.getMessage()));
        } catch (RuntimeException e) {
            json(exchange, 500, Payloads.object().put("error", e.toString()));
        }
    }

    /**
     * One member's action: {@code {"guild": id, "as": userId, "kind": "click" | "select" | "run" | "submit" | "react" |
     * "say", ...}}; answers the interaction's id, whose acknowledgement and any form the page then follows.
     */
    private ObjectNode act(JsonNode a) {
        GuildScript guild = discord.guild(Long.parseUnsignedLong(a.path("guild").asString("0")))
                .orElseThrow(() -> new IllegalArgumentException("no guild " + a.path("guild").asString()));
        MemberScript member = guild.member(Long.parseUnsignedLong(a.path("as").asString("0")));
        String channel = a.path("channel").asString("");
        ObjectNode out = Payloads.object();
        InteractionTicket ticket = switch (a.path("kind").asString("")) {
            case "click" -> member.clicksCustomId(a.path("customId").asString(), message(guild, channel, a));
            case "select" -> {
                ArrayNode values = (ArrayNode) a.path("values");
                String[] picked = new String[values.size()];
                for (int k = 0; k < picked.length; k++) {
                    picked[k] = values.get(k).asString();
                }
                yield member.selects(a.path("customId").asString(), message(guild, channel, a), picked);
            }
            case "run" -> {
                Map<String, Object> options = new LinkedHashMap<>();
                a.path("options").properties().forEach(e -> options.put(e.getKey(), e.getValue().isNumber()
                        ? (Object) e.getValue().numberValue() : e.getValue().asString()));
                yield member.runs(channel, a.path("command").asString(), options);
            }
            case "submit" -> {
                Map<String, String> values = new LinkedHashMap<>();
                a.path("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
                yield member.submits(Long.parseUnsignedLong(a.path("interaction").asString()), values);
            }
            case "react" -> {
                member.reacts(channel, Long.parseUnsignedLong(a.path("message").asString()),
                        a.path("emoji").asString("👍"));
                yield null;
            }
            case "say" -> {
                member.says(channel, a.path("text").asString());
                yield null;
            }
            default -> throw new IllegalArgumentException("unknown action '" + a.path("kind").asString() + "'");
        };
        if (ticket != null) {
            out.put("interaction", Long.toUnsignedString(ticket.id()));
        }
        return out;
    }

    private static MessageView message(GuildScript guild, String channel, JsonNode a) {
        MessageView m = guild.messages(channel).stream()
                .filter(v -> Long.toUnsignedString(v.id()).equals(a.path("message").asString()))
                .findFirst().orElse(null);
        if (m == null) {
            throw new IllegalArgumentException("no message " + a.path("message").asString() + " in " + channel);
        }
        return m;
    }

    private void resource(HttpExchange exchange, String name, String type) throws IOException {
        try (InputStream in = WebView.class.getResourceAsStream("/discord-emulator/web/" + name)) {
            if (in == null) {
                json(exchange, 404, Payloads.object().put("error", "no " + name));
                return;
            }
            send(exchange, 200, type, in.readAllBytes());
        }
    }

    private static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json", Payloads.JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
