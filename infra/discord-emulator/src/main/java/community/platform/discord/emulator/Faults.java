package community.platform.discord.emulator;

import java.time.Duration;

/**
 * What goes wrong between a bot and Discord, injected into the emulator's REST answers: up to {@code maxLatency}
 * added to each request, a share of requests answered with a 5xx without being performed ({@code serverErrors}: half
 * 500, which JDA does not retry, half 503, which it does), and a share performed whose answer is lost on the way back
 * ({@code lostAnswers}: the bot sees 502 Bad Gateway, JDA retries, and the request arrives a second time). Interaction
 * callbacks are spared unless {@code callbacks}: a lost acknowledgement is a member's click lost for good.
 */
public record Faults(Duration maxLatency, double serverErrors, double lostAnswers, boolean callbacks, long seed) {

    /** Nothing goes wrong. */
    public static final Faults NONE = new Faults(Duration.ZERO, 0, 0, false, 1);

    /**
     * The emulator's default: a few milliseconds of latency, one request in fifty failing with a 5xx and one in a
     * hundred performed with its answer lost; the gateway must still perform every action exactly once.
     */
    public static final Faults DISCORD_LIKE = new Faults(Duration.ofMillis(20), 0.02, 0.01, false, 20261130);

    public Faults {
        if (serverErrors < 0 || lostAnswers < 0 || serverErrors + lostAnswers > 1) {
            throw new IllegalArgumentException("fault shares must be between 0 and 1 together: " + serverErrors
                    + " + " + lostAnswers);
        }
    }

    public boolean any() {
        return maxLatency.isPositive() || serverErrors > 0 || lostAnswers > 0;
    }
}
