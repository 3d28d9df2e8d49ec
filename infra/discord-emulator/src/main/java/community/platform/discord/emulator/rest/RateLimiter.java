package community.platform.discord.emulator.rest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Discord's per-route buckets: at most {@code limit} requests per {@code window} for one route and its major
 * parameter (channel, guild or webhook). Off while the limit is 0.
 */
final class RateLimiter {

    /** What one request learns about its bucket, for the X-RateLimit-* headers. */
    record Verdict(boolean allowed, int limit, int remaining, long resetAfterMillis, String bucket) {
    }

    private static final class Window {
        long startMillis;
        int used;
    }

    private volatile int limit;
    private volatile long windowMillis = 1000;
    private final Map<String, Window> windows = new HashMap<>();

    void configure(int limit, Duration window) {
        synchronized (windows) {
            this.limit = limit;
            this.windowMillis = window.toMillis();
            windows.clear();
        }
    }

    Verdict take(String bucket, long nowMillis) {
        int currentLimit = limit;
        if (currentLimit <= 0) {
            return new Verdict(true, 0, 0, 0, bucket);
        }
        synchronized (windows) {
            Window w = windows.computeIfAbsent(bucket, b -> new Window());
            if (nowMillis - w.startMillis >= windowMillis) {
                w.startMillis = nowMillis;
                w.used = 0;
            }
            long resetAfter = w.startMillis + windowMillis - nowMillis;
            if (w.used >= currentLimit) {
                return new Verdict(false, currentLimit, 0, resetAfter, bucket);
            }
            w.used++;
            return new Verdict(true, currentLimit, currentLimit - w.used, resetAfter, bucket);
        }
    }
}
