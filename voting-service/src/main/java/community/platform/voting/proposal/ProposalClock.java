package community.platform.voting.proposal;

import community.platform.contracts.discord.InteractionRef;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.time.CommandTime;
import java.time.Instant;
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
    static final String COUNTS_PREFIX = "counts-";
    /** How long ballots cast by DM wait before the proposal's message shows them: one edit for all of them. */
    static final java.time.Duration COUNTS_REFRESH = java.time.Duration.ofSeconds(5);

    private final OutboxWriter outbox;
    private final CommandTime time;

    ProposalClock(OutboxWriter outbox, CommandTime time) {
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * When the member clicked, in platform time (whole milliseconds: the deadline travels to the scheduler and back
     * unchanged): a click made before the deadline counts however late it is handled, after an outage say.
     */
    Instant at(InteractionRef interaction, Delivery delivery) {
        return time.of(interaction, delivery);
    }

    void arm(Proposal p, Delivery delivery) {
        outbox.armTimer(delivery, Long.toString(p.guildId()), OWNER, timerId(p), Long.toString(p.proposalId()),
                p.closesAt());
    }

    void cancel(Proposal p, Delivery delivery) {
        outbox.cancelTimer(delivery, Long.toString(p.guildId()), OWNER, timerId(p));
    }

    /** Arms the one refresh of the proposal's counts, {@link #COUNTS_REFRESH} after {@code now}. */
    void refreshCounts(Proposal p, Instant now, Delivery delivery) {
        outbox.armTimer(delivery, Long.toString(p.guildId()), OWNER, COUNTS_PREFIX + p.proposalId(),
                Long.toString(p.proposalId()), now.plus(COUNTS_REFRESH));
    }

    static boolean isCountsRefresh(String owner, String timerId) {
        return OWNER.equals(owner) && timerId.startsWith(COUNTS_PREFIX);
    }

    static boolean isOurs(String owner, String timerId) {
        return OWNER.equals(owner) && timerId.startsWith(TIMER_PREFIX);
    }

    private static String timerId(Proposal p) {
        return TIMER_PREFIX + p.proposalId();
    }
}
