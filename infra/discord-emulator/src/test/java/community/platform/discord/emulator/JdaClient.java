package community.platform.discord.emulator;

import community.platform.testkit.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;

/** The unmodified JDA client logged into an emulator, with the events it received, for the emulator's tests. */
final class JdaClient implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    /** what the gateway service asks for */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MEMBERS, GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.GUILD_MESSAGE_REACTIONS, GatewayIntent.GUILD_VOICE_STATES, GatewayIntent.GUILD_MODERATION);

    final DiscordEmulator emulator;
    final JDA jda;
    final BlockingQueue<GenericEvent> events = new LinkedBlockingQueue<>();

    private JdaClient(DiscordEmulator emulator, JDA jda) {
        this.emulator = emulator;
        this.jda = jda;
    }

    /** Logs in and waits for READY and the guilds. */
    static JdaClient logIn(DiscordEmulator emulator) throws InterruptedException {
        return logIn(emulator, b -> b);
    }

    /** Logs in with a setting of its own ({@code b -> b.setBulkDeleteSplittingEnabled(false)}). */
    static JdaClient logIn(DiscordEmulator emulator, UnaryOperator<JDABuilder> configure) throws InterruptedException {
        JdaClient client = new JdaClient(emulator, configure.apply(builder(emulator, INTENTS)).build());
        client.jda.addEventListener((EventListener) client.events::add);
        client.jda.awaitReady();
        return client;
    }

    static JDABuilder builder(DiscordEmulator emulator, EnumSet<GatewayIntent> intents) {
        return JDABuilder.createLight(emulator.token(), intents)
                .setRestConfig(new RestConfig().setBaseUrl(emulator.restUrl()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return emulator.gatewayUrl();
                    }
                })
                .setCompression(Compression.NONE)
                .setMemberCachePolicy(MemberCachePolicy.ALL)
                .setChunkingFilter(ChunkingFilter.NONE)
                .enableCache(CacheFlag.VOICE_STATE);
    }

    /** The next event of a type (others are skipped), within {@link #WAIT}. */
    <T extends GenericEvent> T next(Class<T> type) throws InterruptedException {
        return next(type, e -> true);
    }

    @SuppressWarnings("unchecked")
    <T extends GenericEvent> T next(Class<T> type, Predicate<T> matching) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            GenericEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(e) && matching.test((T) e)) {
                return (T) e;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + WAIT);
    }

    /** A request that bypasses JDA (and its checks), as another process or a bug would make it. */
    HttpResponse<String> rest(String method, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(emulator.restUrl() + path))
                .header("Authorization", "Bot " + emulator.token()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static <T> T cached(Supplier<T> lookup) {
        Await.until("JDA's cache to hold it", WAIT, () -> lookup.get() != null);
        return lookup.get();
    }

    @Override
    public void close() {
        jda.shutdownNow();
    }
}
