package community.platform.voting.proposal;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The deadline's {@code TimerFired}: a proposal still open closes, with nobody clicking, and its message shows it. */
@Component
class ProposalClockHandler extends TypedHandler<TimerFired> {

    private final ProposalRepository proposals;
    private final ProposalClosing closing;

    ProposalClockHandler(ProposalRepository proposals, ProposalClosing closing) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.TIMER_FIRED);
        this.proposals = proposals;
        this.closing = closing;
    }

    @Override
    public void handle(TimerFired fired, Delivery delivery) {
        if (!ProposalClock.isOurs(fired.owner(), fired.timerId())) {
            return;
        }
        Optional<Proposal> found = proposals.lockInGuild(fired.entityKey(), fired.guildId());
        if (found.isEmpty() || found.get().closed()) {
            return; // closed meanwhile (early, or by a late click)
        }
        // it closed at its deadline, however late the timer came (the same time on a replay)
        Proposal closed = closing.close(found.get(), null, found.get().closesAt(), delivery);
        closing.showClosed(closed, delivery);
    }
}
