package community.platform.voting.proposal;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.voting.OpenProposal;
import community.platform.contracts.voting.ProposalOpened;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.constitution.ConstitutionRepository;
import community.platform.voting.tally.TallyMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code OpenProposal}: the proposal is stored once with the guild's next number and the constitution in force (it
 * keeps those rules), its deadline's timer armed, its opening published, and the interaction's reply becomes the proposal message.
 */
@Component
class OpenProposalHandler extends TypedHandler<OpenProposal> {

    private final ProposalRepository proposals;
    private final ConstitutionRepository constitutions;
    private final ProposalClock clock;
    private final OutboxWriter outbox;

    OpenProposalHandler(ProposalRepository proposals, ConstitutionRepository constitutions, ProposalClock clock,
                        OutboxWriter outbox) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.OPEN_PROPOSAL);
        this.proposals = proposals;
        this.constitutions = constitutions;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void handle(OpenProposal command, Delivery delivery) {
        long id = Long.parseLong(command.proposalId());
        if (proposals.exists(id)) {
            return; // the same command again
        }
        Instant now = clock.now();
        long guild = Long.parseLong(command.guildId());
        Proposal p = new Proposal(id, guild, Long.parseLong(command.interaction().channelId()),
                proposals.nextNumber(guild), command.title(), command.details(),
                Long.parseLong(command.interaction().userId()), now, now.plus(Duration.ofHours(command.hours())),
                constitutions.of(guild), new Secrecy(command.secret(), command.hiddenTally(),
                        command.roleId() == null ? null : Long.parseLong(command.roleId())),
                null, null, null, null, null, null);
        proposals.insert(p);
        clock.arm(p, delivery);
        outbox.append(delivery.derivedId("opened"), Topics.VOTING_EVENTS, command.proposalId(), new ProposalOpened(
                command.guildId(), command.proposalId(), p.number(), p.title(),
                Tally.OPTIONS.stream().map(c -> c.name()).toList(), TallyMethod.PLURALITY.name(),
                Long.toString(p.openedBy()), now, p.closesAt()));
        // the gateway reports which message the reply is, so the proposal can be edited when it closes unclicked
        proposals.replyAction(id, outbox.reply(delivery, command.guildId(), command.interaction(),
                ProposalRenderer.render(p, Tally.of(Map.of()), now), true));
    }
}
