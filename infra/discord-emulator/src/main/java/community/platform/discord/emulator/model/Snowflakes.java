package community.platform.discord.emulator.model;

import java.util.concurrent.atomic.AtomicLong;

/** Discord ids: milliseconds since Discord's epoch in the top bits, so ids grow with time as on Discord. */
public final class Snowflakes {

    public static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong last = new AtomicLong();

    private Snowflakes() {
    }

    public static long next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return last.updateAndGet(previous -> Math.max(previous + 1, candidate));
    }
}
