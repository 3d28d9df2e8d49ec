package community.platform.raid.plan;

import community.platform.contracts.discord.InteractionRef;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.runtime.time.ScaledClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Raid time: when a click happened (Discord's timestamp, in platform time), and the one coalesced edit of a raid's
 * message ({@code raid:edit-<raidId>}, at most one armed per raid, due {@code raid.edit-interval} after the first vote
 * it shows): a raid voted on by 200 members at once is edited a handful of times, never once per vote.
 */
@Component
class RaidClock {

    static final String OWNER = "raid";
    static final String EDIT = "edit-";

    private final Clock clock;
    private final OutboxWriter outbox;
    private final Duration editInterval;

    RaidClock(Clock clock, OutboxWriter outbox, @Value("${raid.edit-interval:3s}") Duration editInterval) {
        this.clock = clock;
        this.outbox = outbox;
        this.editInterval = editInterval;
    }

    Instant at(InteractionRef interaction, Delivery delivery) {
        return ScaledClock.commandTime(clock, interaction == null ? null : interaction.receivedAt(), delivery.time());
    }

    void armEdit(Raid r, Instant from, Delivery delivery) {
        outbox.armTimer(delivery, "clock-" + r.raidId(), Long.toString(r.guildId()), OWNER, EDIT + r.raidId(),
                Long.toString(r.raidId()), from.plus(editInterval));
    }

    /** The raid a timer of ours edits. */
    static Optional<Long> editOf(String owner, String timerId) {
        return raidOf(owner, timerId, EDIT);
    }

    /** The raid of a timer of ours named {@code <prefix><raidId>}. */
    static Optional<Long> raidOf(String owner, String timerId, String prefix) {
        if (!OWNER.equals(owner) || !timerId.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(timerId.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
