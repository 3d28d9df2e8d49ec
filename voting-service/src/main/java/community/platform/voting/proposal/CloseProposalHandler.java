package community.platform.voting.proposal;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.voting.CloseProposal;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code CloseProposal}: the proposer or a member who may manage the server ({@link ClosePolicy}) closes an open
 * proposal before its deadline; anyone else is told so privately and nothing changes.
 */
@Component
class CloseProposalHandler extends TypedHandler<CloseProposal> {

    private final ProposalRepository proposals;
    private final ProposalClosing closing;
    private final ProposalClock clock;
    private final OutboxWriter outbox;

    CloseProposalHandler(ProposalRepository proposals, ProposalClosing closing, ProposalClock clock,
                         OutboxWriter outbox) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.CLOSE_PROPOSAL);
        this.proposals = proposals;
        this.closing = closing;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void handle(CloseProposal command, Delivery delivery) {
        Optional<Proposal> found = proposals.lockClicked(command.proposalId(), command);
        if (found.isEmpty()) {
            outbox.privately(delivery, command.guildId(), command.interaction(), ProposalRenderer.NOT_IN_THIS_SERVER);
            return;
        }
        Proposal p = found.get();
        Instant now = clock.at(command.interaction(), delivery);
        long member = Long.parseLong(command.interaction().userId());
        if (p.closed()) {
            outbox.privately(delivery, command.guildId(), command.interaction(),
                    ProposalRenderer.name(p) + " is already closed.");
        } else if (!ClosePolicy.mayClose(p, member, Long.parseLong(command.permissions()))) {
            outbox.privately(delivery, command.guildId(), command.interaction(), "Only the member who proposed "
                    + ProposalRenderer.name(p) + " or one who may manage the server can close it early.");
        } else {
            p = closing.close(p, p.openAt(now) ? member : null, now, delivery);
        }
        outbox.reply(delivery, command.guildId(), command.interaction(),
                ProposalRenderer.render(p, proposals.tally(p), now));
    }
}
