package community.platform.voting.proposal;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.SendDirectMessage;
import community.platform.contracts.voting.OpenProposal;
import community.platform.contracts.voting.ProposalOpened;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.constitution.Constitution;
import community.platform.voting.constitution.ConstitutionRepository;
import community.platform.voting.membership.MembershipRepository;
import community.platform.voting.tally.TallyMethod;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@code OpenProposal}: the proposal is stored once with the guild's next number, its options and method, and the
 * constitution in force (it keeps those rules), its deadline's timer armed, its opening published, and the
 * interaction's reply becomes the proposal message. A member the constitution does not let propose, or options a
 * ballot cannot show, are refused in the reply; without hours, the constitution's duration applies.
 */
@Component
class OpenProposalHandler extends TypedHandler<OpenProposal> {

    private final ProposalRepository proposals;
    private final ConstitutionRepository constitutions;
    private final MembershipRepository membership;
    private final ProposalClock clock;
    private final OutboxWriter outbox;

    OpenProposalHandler(ProposalRepository proposals, ConstitutionRepository constitutions,
                        MembershipRepository membership, ProposalClock clock, OutboxWriter outbox) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.OPEN_PROPOSAL);
        this.proposals = proposals;
        this.constitutions = constitutions;
        this.membership = membership;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void handle(OpenProposal command, Delivery delivery) {
        long id = Long.parseLong(command.proposalId());
        if (proposals.exists(id)) {
            return; // the same command again
        }
        Constitution constitution = constitutions.of(Long.parseLong(command.guildId()));
        long permissions = command.permissions() == null ? 0 : Long.parseLong(command.permissions());
        if (!constitution.mayPropose(permissions, command.roleIds())) {
            outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("⚠️ In this server "
                    + constitution.proposersInWords() + " may open proposals. Nothing was opened."));
            return;
        }
        TallyMethod method = command.method() == null ? TallyMethod.PLURALITY : TallyMethod.valueOf(command.method());
        int maxScore = method != TallyMethod.SCORE ? 0
                : command.maxScore() == null ? OpenProposal.DEFAULT_MAX_SCORE : command.maxScore();
        String problem = Choices.problem(command.optionsOrDefault(), method, maxScore);
        if (problem != null) {
            outbox.reply(delivery, command.guildId(), command.interaction(),
                    DiscordMessage.text("⚠️ " + problem + " Nothing was opened."));
            return;
        }
        Choices choices = new Choices(command.optionsOrDefault().stream().map(String::strip).toList(), method,
                maxScore);
        Instant now = clock.at(command.interaction(), delivery);
        long guild = Long.parseLong(command.guildId());
        int hours = command.hours() == null ? constitution.defaultHours() : command.hours();
        Proposal p = new Proposal(id, guild, Long.parseLong(command.interaction().channelId()),
                proposals.nextNumber(guild), command.title(), command.details(),
                Long.parseLong(command.interaction().userId()), now, now.plus(Duration.ofHours(hours)), choices,
                constitution, new Secrecy(command.secret(), command.hiddenTally(),
                        command.roleId() == null ? null : Long.parseLong(command.roleId())), command.dmBallots(),
                null, null, null, null, null, null, null);
        proposals.insert(p);
        clock.arm(p, delivery);
        outbox.append(delivery.derivedId("opened"), Topics.VOTING_EVENTS, command.proposalId(), new ProposalOpened(
                command.guildId(), command.proposalId(), p.number(), p.title(), choices.options(), method.name(),
                Long.toString(p.openedBy()), now, p.closesAt()));
        // the gateway reports which message the reply is, so the proposal can be edited when it closes unclicked
        proposals.replyAction(id, outbox.reply(delivery, command.guildId(), command.interaction(),
                ProposalRenderer.render(p, Tally.empty(choices), now), true));
        if (p.dmBallots()) {
            sendBallots(p, delivery, now);
        }
    }

    /**
     * The ballot to every member of the guild's latest listing by DM, one action each (the gateway paces them below
     * Discord's limits, skips bots and, for a role's proposal, members without the role). A member whose DMs are
     * closed votes with the proposal's "Vote" button.
     */
    private void sendBallots(Proposal p, Delivery delivery, Instant now) {
        var ballot = ProposalRenderer.ballot(p, null, now);
        String guild = Long.toString(p.guildId());
        String role = p.secrecy().roleId() == null ? null : Long.toString(p.secrecy().roleId());
        for (long member : membership.memberIds(p.guildId())) {
            outbox.appendAction(delivery, "ballot-dm-" + member, new SendDirectMessage(guild, Long.toString(member),
                    ballot, null, role));
        }
    }
}
