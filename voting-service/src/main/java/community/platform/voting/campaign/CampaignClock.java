package community.platform.voting.campaign;

import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.voting.ManageCampaign;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.time.CommandTime;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A stage's end: ONE scheduler timer per campaign stage ({@code voting:stage-<campaignId>-<stage>}), armed when the
 * stage starts; its firing comes back on {@code voting.commands} keyed {@code <guildId>:campaigns}, in order with the
 * guild's other campaign commands, and closes the stage.
 */
@Component
class CampaignClock {

    static final String OWNER = "voting";
    static final String PREFIX = "stage-";

    private final OutboxWriter outbox;
    private final CommandTime time;

    CampaignClock(OutboxWriter outbox, CommandTime time) {
        this.outbox = outbox;
        this.time = time;
    }

    /** When the member clicked, in platform time (an investment made before the stage closed counts). */
    Instant at(InteractionRef interaction, Delivery delivery) {
        return time.of(interaction, delivery);
    }

    void arm(Campaign c, int stage, Instant due, Delivery delivery) {
        String guild = Long.toString(c.guildId());
        outbox.armTimer(delivery, guild, OWNER, PREFIX + c.campaignId() + "-" + stage, ManageCampaign.key(guild), due);
    }

    /** The campaign and stage a timer of ours names. */
    static Optional<long[]> stageOf(String owner, String timerId) {
        if (!OWNER.equals(owner) || !timerId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = timerId.substring(PREFIX.length()).split("-");
        try {
            return parts.length == 2 ? Optional.of(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])})
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
