package community.platform.discord.emulator.model;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Discord ids: milliseconds since Discord's epoch in the top bits, so ids grow with time as on Discord. */
public final class Snowflakes {

    public static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong last = new AtomicLong();
    private static final AtomicLong earlier = new AtomicLong();

    private Snowflakes() {
    }

    public static long next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return last.updateAndGet(previous -> Math.max(previous + 1, candidate));
    }

    /** An id made at a past instant (a message posted days ago): its time, and a counter in the low 22 bits. */
    public static long at(Instant time) {
        if (time.isAfter(Instant.now())) {
            throw new IllegalArgumentException("ids of the future would collide with next(): " + time);
        }
        return (time.toEpochMilli() - DISCORD_EPOCH) << 22 | (earlier.incrementAndGet() & 0x3FFFFF);
    }

    /** When an id was made (reference.mdx "Snowflakes": "Milliseconds since Discord Epoch", the top 42 bits). */
    public static Instant time(long id) {
        return Instant.ofEpochMilli((id >>> 22) + DISCORD_EPOCH);
    }
}
