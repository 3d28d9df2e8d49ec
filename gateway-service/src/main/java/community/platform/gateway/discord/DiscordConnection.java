package community.platform.gateway.discord;

import community.platform.gateway.GatewayProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JDA client of the service. Discord by default; another Discord API (the emulator) when
 * {@code gateway.discord.rest-url} points elsewhere, the gateway URL then learned from its {@code /gateway/bot}.
 * Nothing else in the service knows which one it talks to.
 */
public final class DiscordConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordConnection.class);
    /** Members (joins, leaves, lists), reactions, voice, message deletes and bans: what the domains need. */
    private static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MEMBERS,
            GatewayIntent.GUILD_MESSAGES, GatewayIntent.GUILD_MESSAGE_REACTIONS, GatewayIntent.GUILD_VOICE_STATES,
            GatewayIntent.GUILD_MODERATION);

    private final GatewayProperties.Discord settings;
    private final List<EventListener> listeners;
    private volatile JDA jda;
    private final java.util.concurrent.CountDownLatch built = new java.util.concurrent.CountDownLatch(1);

    public DiscordConnection(GatewayProperties.Discord settings, List<EventListener> listeners) {
        if (settings.token() == null || settings.token().isBlank()) {
            throw new IllegalStateException("gateway.discord.token is not set: export DISCORD_TOKEN=<your bot token>, "
                    + "or point gateway.discord.rest-url at the Discord emulator, or set gateway.discord.enabled=false");
        }
        this.settings = settings;
        this.listeners = listeners;
    }

    @Override
    public void start() {
        JDABuilder builder = JDABuilder.createLight(settings.token(), INTENTS)
                .setMemberCachePolicy(MemberCachePolicy.ALL)
                .setChunkingFilter(ChunkingFilter.NONE)
                .enableCache(CacheFlag.VOICE_STATE)
                .setHttpClientBuilder(httpClient(settings.httpConnections()))
                .addEventListeners(listeners.toArray());
        if (!settings.official()) {
            String gatewayUrl = gatewayUrl();
            builder.setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()))
                    .setSessionController(new SessionControllerAdapter() {
                        @Override
                        public String getGateway() {
                            return gatewayUrl;
                        }
                    })
                    .setCompression(Compression.NONE);
        }
        jda = builder.build();
        built.countDown();
        log.info("connecting to Discord at {}", settings.restUrl());
    }

    /**
     * The REST client: JDA's own (at most 25 asynchronous requests per host), keeping {@code connections} idle
     * connections for 10 s instead of JDA's 5. JDA performs each request on a thread of its own and the action lanes
     * perform dozens at once: with 5 kept, every request above them opened a connection and closed it after its answer
     * (a third of the REST client's samples in a profile at 400 clicks/s were opening and closing connections).
     */
    public static OkHttpClient.Builder httpClient(int connections) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(25);
        return new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(connections, 10, TimeUnit.SECONDS));
    }

    /** Asks the REST API where its gateway is, as Discord's {@code GET /gateway/bot} says. */
    private String gatewayUrl() {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(settings.restUrl() + "gateway/bot"))
                    .header("Authorization", "Bot " + settings.token()).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(settings.restUrl() + "gateway/bot answered " + answer.statusCode()
                        + ": " + answer.body());
            }
            String url = JsonMapper.builder().build().readTree(answer.body()).path("url").asString("");
            if (url.isEmpty()) {
                throw new IllegalStateException(settings.restUrl() + "gateway/bot has no url: " + answer.body());
            }
            return url;
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the Discord API at " + settings.restUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JDA jda() {
        JDA current = jda;
        if (current == null) {
            throw new IllegalStateException("not connected to Discord");
        }
        return current;
    }

    /** Waits until the client is built (the connection starts after the consumers) and its session is ready. */
    public JDA awaitReady() throws InterruptedException {
        built.await();
        return jda().awaitReady();
    }

    @Override
    public void stop() {
        JDA current = jda;
        if (current != null) {
            current.shutdown();
            try {
                if (!current.awaitShutdown(Duration.ofSeconds(5))) {
                    current.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                current.shutdownNow();
            }
            jda = null;
        }
    }

    @Override
    public boolean isRunning() {
        return jda != null;
    }

    /** Starts after the consumers and producers it feeds, stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
