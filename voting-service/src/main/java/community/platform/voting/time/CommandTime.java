package community.platform.voting.time;

import community.platform.contracts.discord.InteractionRef;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.time.ScaledClock;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * When a command happened, in platform time and whole milliseconds: the member's click as Discord stamped it, else
 * when it was sent ({@code ce_time}). Voting records this, never the time it is handled, so a click made before a
 * deadline counts however late it is handled, and replaying {@code voting.commands} into an empty schema writes the
 * same times.
 */
@Component
public class CommandTime {

    private final Clock clock;

    CommandTime(Clock clock) {
        this.clock = clock;
    }

    public Instant of(InteractionRef interaction, Delivery delivery) {
        return ScaledClock.commandTime(clock, interaction == null ? null : interaction.receivedAt(), delivery.time());
    }
}
