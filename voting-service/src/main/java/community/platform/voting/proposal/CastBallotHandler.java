package community.platform.voting.proposal;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.voting.CastBallot;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code CastBallot}: a click casts, changes or withdraws the member's ballot ({@link BallotPolicy}) while the
 * proposal is open; the proposal message shows the new counts. A proposal of another guild is "not found".
 */
@Component
class CastBallotHandler extends TypedHandler<CastBallot> {

    private final ProposalRepository proposals;
    private final OutboxWriter outbox;
    private final Clock clock;

    CastBallotHandler(ProposalRepository proposals, OutboxWriter outbox, Clock clock) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.CAST_BALLOT);
        this.proposals = proposals;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void handle(CastBallot command, Delivery delivery) {
        Optional<Proposal> found = proposals.lockInGuild(command.proposalId(), command.guildId());
        if (found.isEmpty()) {
            outbox.privately(delivery, command.guildId(), command.interaction(),
                    "⚠️ This proposal does not exist in this server.");
            return;
        }
        Proposal p = found.get();
        Instant now = clock.instant();
        if (p.openAt(now)) {
            long voter = Long.parseLong(command.interaction().userId());
            switch (BallotPolicy.effect(proposals.ballotOf(p.proposalId(), voter).orElse(null), command.choice())) {
                case CAST, CHANGED -> proposals.putBallot(p.proposalId(), p.guildId(), voter, command.choice(), now);
                case WITHDRAWN -> proposals.withdraw(p.proposalId(), voter);
            }
        } else {
            outbox.privately(delivery, command.guildId(), command.interaction(), "Voting on this proposal has closed.");
        }
        outbox.reply(delivery, command.guildId(), command.interaction(),
                ProposalRenderer.render(p, proposals.tally(p.proposalId()), now));
    }
}
