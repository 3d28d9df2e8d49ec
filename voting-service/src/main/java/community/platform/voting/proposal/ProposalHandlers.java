package community.platform.voting.proposal;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.discord.SendInteractionFollowup;
import community.platform.contracts.voting.CastBallot;
import community.platform.contracts.voting.OpenProposal;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.MessageHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where state changes: {@code OpenProposal} and {@code CastBallot} on {@code voting.commands}. Each answers the
 * member through {@code discord.actions} in the same transaction (the proposal message, or a private notice).
 */
@Configuration
public class ProposalHandlers {

    private final ProposalRepository proposals;
    private final OutboxWriter outbox;
    private final Clock clock;

    ProposalHandlers(ProposalRepository proposals, OutboxWriter outbox, Clock clock) {
        this.proposals = proposals;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Bean
    public MessageHandler<OpenProposal> openProposalHandler() {
        return MessageHandler.of(Topics.VOTING_COMMANDS, MessageCatalog.OPEN_PROPOSAL, this::open);
    }

    @Bean
    public MessageHandler<CastBallot> castBallotHandler() {
        return MessageHandler.of(Topics.VOTING_COMMANDS, MessageCatalog.CAST_BALLOT, this::cast);
    }

    void open(OpenProposal command, Delivery delivery) {
        Instant now = clock.instant();
        Proposal p = new Proposal(Long.parseLong(command.proposalId()), Long.parseLong(command.guildId()),
                Long.parseLong(command.interaction().channelId()), command.title(), command.details(),
                Long.parseLong(command.interaction().userId()), now, now.plus(Duration.ofHours(command.hours())));
        if (proposals.insert(p)) {
            show(command.guildId(), command.interaction(), delivery, p, Tally.of(Map.of()), now);
        }
    }

    void cast(CastBallot command, Delivery delivery) {
        Optional<Proposal> found = proposalInGuild(command);
        if (found.isEmpty()) {
            privately(command, delivery, "⚠️ This proposal does not exist in this server.");
            return;
        }
        Proposal p = found.get();
        Instant now = clock.instant();
        if (!p.openAt(now)) {
            privately(command, delivery, "Voting on this proposal has closed.");
            show(command.guildId(), command.interaction(), delivery, p, proposals.tally(p.proposalId()), now);
            return;
        }
        long voter = Long.parseLong(command.interaction().userId());
        var current = proposals.ballotOf(p.proposalId(), voter).orElse(null);
        switch (BallotPolicy.effect(current, command.choice())) {
            case CAST, CHANGED -> proposals.putBallot(p.proposalId(), p.guildId(), voter, command.choice(), now);
            case WITHDRAWN -> proposals.withdraw(p.proposalId(), voter);
        }
        show(command.guildId(), command.interaction(), delivery, p, proposals.tally(p.proposalId()), now);
    }

    private Optional<Proposal> proposalInGuild(CastBallot command) {
        try {
            return proposals.lockInGuild(Long.parseLong(command.proposalId()), Long.parseLong(command.guildId()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The interaction's message becomes the proposal as it stands. */
    private void show(String guildId, InteractionRef interaction, Delivery delivery, Proposal p, Tally tally,
                      Instant now) {
        outbox.appendAction(delivery, "reply",
                new EditInteractionReply(guildId, interaction, ProposalRenderer.render(p, tally, now)));
    }

    private void privately(CastBallot command, Delivery delivery, String text) {
        outbox.appendAction(delivery, "notice", new SendInteractionFollowup(command.guildId(), command.interaction(),
                true, DiscordMessage.text(text)));
    }
}
