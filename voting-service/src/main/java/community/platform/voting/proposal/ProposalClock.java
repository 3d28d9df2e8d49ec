package community.platform.voting.proposal;

import community.platform.contracts.discord.InteractionRef;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.runtime.time.ScaledClock;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * A proposal's deadline: ONE scheduler timer per proposal ({@code voting:proposal-<id>}), armed on opening,
 * cancelled when it closes early. Its firing comes back on {@code voting.commands} keyed by the proposal, in order with
 * its ballots, and closes it with nobody clicking.
 */
@Component
class ProposalClock {

    static final String OWNER = "voting";
    static final String TIMER_PREFIX = "proposal-";

    private final OutboxWriter outbox;
    private final Clock clock;

    ProposalClock(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Platform time in whole milliseconds (the deadline travels to the scheduler and back unchanged). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * When the member clicked, in platform time: Discord's timestamp of the interaction (a click made before the
     * deadline counts however late it is handled, after an outage say); now when it carries none.
     */
    Instant clickedAt(InteractionRef interaction) {
        return interaction.receivedAt() == null ? now()
                : ScaledClock.platformTimeOf(clock, interaction.receivedAt()).truncatedTo(ChronoUnit.MILLIS);
    }

    void arm(Proposal p, Delivery delivery) {
        outbox.armTimer(delivery, Long.toString(p.guildId()), OWNER, timerId(p), Long.toString(p.proposalId()),
                p.closesAt());
    }

    void cancel(Proposal p, Delivery delivery) {
        outbox.cancelTimer(delivery, Long.toString(p.guildId()), OWNER, timerId(p));
    }

    static boolean isOurs(String owner, String timerId) {
        return OWNER.equals(owner) && timerId.startsWith(TIMER_PREFIX);
    }

    private static String timerId(Proposal p) {
        return TIMER_PREFIX + p.proposalId();
    }
}
