package community.platform.voting.proposal;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.voting.OpenProposal;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code OpenProposal}: the proposal is stored once, and the interaction's reply becomes the proposal message. */
@Component
class OpenProposalHandler extends TypedHandler<OpenProposal> {

    private final ProposalRepository proposals;
    private final OutboxWriter outbox;
    private final Clock clock;

    OpenProposalHandler(ProposalRepository proposals, OutboxWriter outbox, Clock clock) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.OPEN_PROPOSAL);
        this.proposals = proposals;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void handle(OpenProposal command, Delivery delivery) {
        Instant now = clock.instant();
        Proposal p = new Proposal(Long.parseLong(command.proposalId()), Long.parseLong(command.guildId()),
                Long.parseLong(command.interaction().channelId()), command.title(), command.details(),
                Long.parseLong(command.interaction().userId()), now, now.plus(Duration.ofHours(command.hours())));
        if (proposals.insert(p)) {
            outbox.reply(delivery, command.guildId(), command.interaction(),
                    ProposalRenderer.render(p, Tally.of(Map.of()), now));
        }
    }
}
