package community.platform.voting.proposal;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import org.springframework.stereotype.Component;

/**
 * The counts' refresh {@code TimerFired} ({@code voting:counts-<id>}): the proposal's message shows, in one edit, every
 * ballot cast by DM since the refresh was armed (one edit per ballot would queue behind Discord's 5 edits per 5 s of
 * one channel, and the members' confirmations behind them).
 */
@Component
class ProposalCountsHandler extends TypedHandler<TimerFired> {

    private final ProposalRepository proposals;
    private final ProposalClosing closing;

    ProposalCountsHandler(ProposalRepository proposals, ProposalClosing closing) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.TIMER_FIRED);
        this.proposals = proposals;
        this.closing = closing;
    }

    @Override
    public void handle(TimerFired fired, Delivery delivery) {
        if (!ProposalClock.isCountsRefresh(fired.owner(), fired.timerId())) {
            return;
        }
        proposals.lockInGuild(fired.entityKey(), fired.guildId()).ifPresent(p -> {
            proposals.countsShown(p.proposalId());
            if (!p.closed()) {
                closing.showCounts(p, delivery, fired.dueAt());
            }
        });
    }
}
