package community.platform.discord.emulator.rest;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Discord's rate limits (docs: developers/topics/rate-limits.mdx): per-route buckets per top-level resource (channel,
 * guild, webhook), the global 50 requests per second (interaction routes are exempt), a shared per-resource limit
 * whose 429s carry scope {@code shared}, and the invalid-request budget (10,000 401/403/429 answers per 10 minutes,
 * shared-scope 429s not counted) after which every request is refused as Cloudflare does.
 */
final class RateLimiter {

    /** Which limit refused a request: X-RateLimit-Scope of the 429. */
    enum Scope { USER, GLOBAL, SHARED, BANNED }

    /** What one request learns about its bucket, for the X-RateLimit-* headers. */
    record Verdict(boolean allowed, Scope scope, int limit, int remaining, long resetAfterMillis, String bucket) {
    }

    /** A limit of {@code limit} requests per {@code window}. */
    record Limit(int limit, long windowMillis) {
        static Limit of(int limit, Duration window) {
            return new Limit(limit, window.toMillis());
        }
    }

    /**
     * Discord-like route limits. Discord publishes none ("should not be hard coded"); these are the buckets its API
     * answers bots with today: 5 messages per 5 s per channel, 1 reaction per 250 ms, 5 webhook messages per 2 s,
     * about 10 member changes per 10 s per guild.
     */
    static final Map<String, Limit> DISCORD_ROUTES = Map.ofEntries(
            Map.entry("POST /channels/{channel}/messages", Limit.of(5, Duration.ofSeconds(5))),
            Map.entry("PATCH /channels/{channel}/messages/{message}", Limit.of(5, Duration.ofSeconds(5))),
            Map.entry("DELETE /channels/{channel}/messages/{message}", Limit.of(5, Duration.ofSeconds(1))),
            Map.entry("PUT /channels/{channel}/messages/{message}/reactions/{emoji}/@me",
                    Limit.of(1, Duration.ofMillis(250))),
            Map.entry("DELETE /channels/{channel}/messages/{message}/reactions/{emoji}/@me",
                    Limit.of(1, Duration.ofMillis(250))),
            Map.entry("POST /webhooks/{app}/{token}", Limit.of(5, Duration.ofSeconds(2))),
            Map.entry("PATCH /webhooks/{app}/{token}/messages/@original", Limit.of(5, Duration.ofSeconds(2))),
            Map.entry("PATCH /webhooks/{app}/{token}/messages/{message}", Limit.of(5, Duration.ofSeconds(2))),
            Map.entry("POST /users/@me/channels", Limit.of(10, Duration.ofSeconds(10))),
            Map.entry("PUT /guilds/{guild}/members/{user}/roles/{role}", Limit.of(10, Duration.ofSeconds(10))),
            Map.entry("DELETE /guilds/{guild}/members/{user}/roles/{role}", Limit.of(10, Duration.ofSeconds(10))),
            Map.entry("PATCH /guilds/{guild}/members/{user}", Limit.of(10, Duration.ofSeconds(10))),
            Map.entry("DELETE /guilds/{guild}/members/{user}", Limit.of(5, Duration.ofSeconds(1))),
            Map.entry("PUT /guilds/{guild}/bans/{user}", Limit.of(5, Duration.ofSeconds(1))),
            Map.entry("POST /guilds/{guild}/channels", Limit.of(5, Duration.ofSeconds(5))));

    /** "All bots can make up to 50 requests per second" */
    static final Limit DISCORD_GLOBAL = Limit.of(50, Duration.ofSeconds(1));
    /** "this limit is 10,000 per 10 minutes" */
    static final Limit DISCORD_INVALID_BUDGET = Limit.of(10_000, Duration.ofMinutes(10));

    private static final class Window {
        long startMillis;
        int used;
    }

    private Map<String, Limit> routes = DISCORD_ROUTES;
    /** when set, every route has this limit instead (limit 0: none) */
    private Limit everyRoute;
    private Limit global = DISCORD_GLOBAL;
    private Limit shared;
    private Limit invalidBudget = DISCORD_INVALID_BUDGET;
    private final Map<String, Window> windows = new HashMap<>();
    private final Deque<Long> invalid = new ArrayDeque<>();
    private long bannedUntil;

    /** Every route gets the same limit; {@code limit} 0 turns route and global limits off. */
    synchronized void everyRoute(int limit, Duration window) {
        everyRoute = Limit.of(limit, window);
        global = limit <= 0 ? null : DISCORD_GLOBAL;
        windows.clear();
    }

    /** Back to Discord's route and global limits. */
    synchronized void discordLike() {
        routes = DISCORD_ROUTES;
        everyRoute = null;
        global = DISCORD_GLOBAL;
        windows.clear();
    }

    /** A limit on each resource shared with others (null: none): its 429s carry scope shared. */
    synchronized void shared(Limit limit) {
        shared = limit;
        windows.clear();
    }

    synchronized void invalidBudget(Limit budget) {
        invalidBudget = budget;
        invalid.clear();
        bannedUntil = 0;
    }

    /**
     * Takes one request from the global bucket (unless {@code interaction}), its route's bucket and the shared
     * resource limit.
     */
    synchronized Verdict take(Route route, String bucket, boolean interaction, long now) {
        if (now < bannedUntil) {
            return new Verdict(false, Scope.BANNED, 0, 0, bannedUntil - now, bucket);
        }
        if (!interaction && global != null) {
            Verdict g = take("global", global, now, Scope.GLOBAL);
            if (!g.allowed()) {
                return g;
            }
        }
        Limit own = everyRoute != null ? everyRoute : routes.get(route.toString());
        Verdict verdict = own == null || own.limit() <= 0 ? new Verdict(true, Scope.USER, 0, 0, 0, bucket)
                : take(bucket, own, now, Scope.USER);
        if (verdict.allowed() && shared != null) {
            Verdict s = take("shared " + bucket, shared, now, Scope.SHARED);
            if (!s.allowed()) {
                // the resource's limit, not the bot's: the bot's bucket headers still say what it has left
                return new Verdict(false, Scope.SHARED, verdict.limit(), verdict.remaining(), s.resetAfterMillis(),
                        bucket);
            }
        }
        return verdict;
    }

    private Verdict take(String key, Limit limit, long now, Scope scope) {
        Window w = windows.computeIfAbsent(key, b -> new Window());
        if (now - w.startMillis >= limit.windowMillis()) {
            w.startMillis = now;
            w.used = 0;
        }
        long resetAfter = w.startMillis + limit.windowMillis() - now;
        if (w.used >= limit.limit()) {
            return new Verdict(false, scope, limit.limit(), 0, resetAfter, key);
        }
        w.used++;
        return new Verdict(true, scope, limit.limit(), limit.limit() - w.used, resetAfter, key);
    }

    /** Counts an answer against the invalid-request budget: 401, 403 and 429 (not shared-scope ones). */
    synchronized void answered(int status, Scope scope, long now) {
        if (invalidBudget == null || !(status == 401 || status == 403 || status == 429 && scope != Scope.SHARED
                && scope != Scope.BANNED)) {
            return;
        }
        invalid.addLast(now);
        while (!invalid.isEmpty() && invalid.peekFirst() <= now - invalidBudget.windowMillis()) {
            invalid.removeFirst();
        }
        if (invalid.size() >= invalidBudget.limit()) {
            bannedUntil = now + invalidBudget.windowMillis();
            invalid.clear();
        }
    }
}
