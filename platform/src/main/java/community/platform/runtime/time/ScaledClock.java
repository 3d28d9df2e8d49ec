package community.platform.runtime.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs {@code scale} times faster than real time from the moment it was made (or from a given instant,
 * so that several services agree). With scale 1 it is the
 * system clock. Services take time from the injected {@link Clock} only, so a 24-hour timer can run in seconds.
 */
public final class ScaledClock extends Clock {

    private final Clock base;
    private final double scale;
    private final Instant origin;
    private final Instant realOrigin;
    private final long originNanos;

    public ScaledClock(Clock base, double scale) {
        this(base, scale, null);
    }

    /**
     * @param since the real instant from which platform time runs faster (null: now). Services given the same
     *              {@code since} agree on the platform time however far apart they started.
     */
    public ScaledClock(Clock base, double scale, Instant since) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0, got " + scale);
        }
        this.base = base;
        this.scale = scale;
        Instant now = base.instant();
        Instant from = since == null ? now : since;
        this.origin = from.plusNanos((long) (Duration.between(from, now).toNanos() * scale));
        this.realOrigin = now;
        this.originNanos = System.nanoTime();
    }

    public static Clock of(double scale) {
        return of(scale, null);
    }

    public static Clock of(double scale, Instant since) {
        return scale == 1.0 ? Clock.systemUTC() : new ScaledClock(Clock.systemUTC(), scale, since);
    }

    public double scale() {
        return scale;
    }

    /** The platform time at a real instant (Discord's timestamp of a click, say). */
    public Instant platformTimeOf(Instant real) {
        return origin.plusNanos((long) (Duration.between(realOrigin, real).toNanos() * scale));
    }

    /** The platform time at a real instant, whatever the clock: the instant itself when time is not scaled. */
    public static Instant platformTimeOf(Clock clock, Instant real) {
        return clock instanceof ScaledClock scaled ? scaled.platformTimeOf(real) : real;
    }

    /** Real time that passes while this clock advances by {@code platformTime}. */
    /**
     * When a command happened, in platform time and whole milliseconds: the member's click as Discord stamped it
     * ({@code clickedAt}), else when it was sent ({@code sentAt}, its {@code ce_time}), else now. Services record
     * this, never the time they handle it, so a click made before a deadline counts however late it is handled and a
     * replay writes the same times.
     */
    public static Instant commandTime(Clock clock, Instant clickedAt, Instant sentAt) {
        Instant stamped = clickedAt != null ? clickedAt : sentAt;
        Instant at = stamped == null ? clock.instant() : platformTimeOf(clock, stamped);
        return at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    public Duration realDurationOf(Duration platformTime) {
        return Duration.ofNanos((long) (platformTime.toNanos() / scale));
    }

    @Override
    public Instant instant() {
        long elapsed = System.nanoTime() - originNanos;
        return origin.plusNanos((long) (elapsed * scale));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(ZoneOffset.UTC)) {
            return this;
        }
        throw new UnsupportedOperationException("platform time is UTC");
    }
}
