package community.platform.voting.proposal;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.voting.BallotCast;
import community.platform.contracts.voting.CastBallot;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.EndOfPoll;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.tally.Ballot;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code CastBallot}: a click or pick casts, changes or withdraws the member's ballot ({@link BallotPolicy}) while the
 * proposal is open, confirms to the member alone what their ballot is now, and publishes it; the proposal message shows
 * the new counts. A click made before the deadline counts however late it is handled; one made after it closes the
 * proposal if its timer has not yet (and says voting has closed). A proposal of another guild is "not found".
 *
 * <p>The clicked proposal message shows the counts once per poll ({@link EndOfPoll}): of a poll's clicks on one
 * message, the last one's answer edits it, from the proposal as the whole poll left it; the edits of the clicks before
 * it would have been replaced at once (and the gateway would have folded them), so they are not written.
 */
@Component
class CastBallotHandler extends TypedHandler<CastBallot> {

    private final ProposalRepository proposals;
    private final ProposalClosing closing;
    private final ProposalClock clock;
    private final OutboxWriter outbox;
    private final EndOfPoll endOfPoll;

    CastBallotHandler(ProposalRepository proposals, ProposalClosing closing, ProposalClock clock,
                      OutboxWriter outbox, EndOfPoll endOfPoll) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.CAST_BALLOT);
        this.proposals = proposals;
        this.closing = closing;
        this.clock = clock;
        this.outbox = outbox;
        this.endOfPoll = endOfPoll;
    }

    @Override
    public void handle(CastBallot command, Delivery delivery) {
        boolean direct = command.guildId() == null;
        // from a DM the guild is the proposal's: the member must be in it (the gateway lists every server the member
        // shares with the bot among their roles, each server's id being its @everyone role)
        Optional<ProposalRepository.Voted> found = proposals.lockVoted(command.proposalId(), command.guildId(),
                        command, command.choice() == CastBallot.Choice.SHOW)
                .filter(v -> !direct || command.roleIds().contains(Long.toString(v.proposal().guildId())));
        if (found.isEmpty()) {
            outbox.privately(delivery, direct ? DiscordAction.NO_GUILD : command.guildId(), command.interaction(),
                    ProposalRenderer.NOT_IN_THIS_SERVER);
            return;
        }
        Proposal p = found.get().proposal();
        Ballot before = found.get().ballot();
        String guild = Long.toString(p.guildId());
        Instant now = clock.at(command.interaction(), delivery);
        // a DM ballot, or one shown privately by "Vote", is not the proposal's message: it shows the member's ballot,
        // and the proposal's message is edited beside it
        boolean onProposal = !p.dmBallots() || command.choice() == CastBallot.Choice.SHOW;
        long voter = Long.parseLong(command.interaction().userId());
        if (!p.secrecy().mayVote(command.roleIds())) {
            outbox.privately(delivery, guild, command.interaction(), "Only members with the role <@&"
                    + p.secrecy().roleId() + "> vote on " + ProposalRenderer.name(p) + ".");
        } else if (command.choice() == CastBallot.Choice.SHOW) {
            outbox.privately(delivery, guild, command.interaction(), ProposalRenderer.ballot(p, before, now));
        } else if (!p.closed() && now.isBefore(p.closesAt())) {
            // a click made before the deadline counts even when handled after it (the services were away); the
            // deadline's timer closes the proposal after the clicks made before it
            switch (BallotPolicy.apply(p.choices(), before, voter, command)) {
                case BallotPolicy.Step.Refused refused -> outbox.privately(delivery, guild,
                        command.interaction(), refused.reason());
                case BallotPolicy.Step.Now step -> count(p, voter, step, command, delivery, now);
            }
        } else {
            if (!p.closed()) {
                p = closing.close(p, null, p.closesAt(), delivery); // it closed at its deadline
                closing.showClosed(p, delivery, onProposal);
            }
            outbox.privately(delivery, guild, command.interaction(),
                    "Voting on " + ProposalRenderer.name(p) + " has closed.");
        }
        if (onProposal) {
            showCounts(p, guild, command, delivery, now);
        } else {
            outbox.reply(delivery, guild, command.interaction(), ProposalRenderer.ballot(p,
                    proposals.ballotOf(p.proposalId(), voter).orElse(null), now));
        }
    }

    /**
     * The clicked message edited to show the proposal with its counts, once per poll per message: the last click's
     * answer, rendered when the poll's clicks are all counted, from the proposal read again (a later command of the
     * same poll may have closed it).
     */
    private void showCounts(Proposal clicked, String guild, CastBallot command, Delivery delivery, Instant now) {
        Runnable edit = () -> proposals.lockInGuild(clicked.proposalId(), clicked.guildId()).ifPresent(p ->
                outbox.reply(delivery, guild, command.interaction(), ProposalRenderer.render(p, proposals.tally(p),
                        now)));
        String message = command.interaction().messageId();
        if (message == null) {
            edit.run();
        } else {
            endOfPoll.once("proposal " + clicked.proposalId() + " shown in " + message, edit);
        }
    }

    private void count(Proposal p, long voter, BallotPolicy.Step.Now step, CastBallot command, Delivery delivery,
                       Instant now) {
        Ballot ballot = step.ballot();
        switch (step.effect()) {
            case CAST, CHANGED -> proposals.putBallot(p.proposalId(), p.guildId(), ballot, now);
            case WITHDRAWN -> proposals.withdraw(p.proposalId(), voter);
            case UNCHANGED -> {
            }
        }
        if (step.effect() != BallotPolicy.Effect.UNCHANGED) {
            if (p.dmBallots() && proposals.countsPending(p.proposalId())) {
                // ballots by DM arrive together: the proposal's message shows them in one edit a moment later
                clock.refreshCounts(p, now, delivery);
            }
            outbox.append(delivery.derivedId("ballot"), Topics.VOTING_EVENTS, command.proposalId(), new BallotCast(
                    Long.toString(p.guildId()), command.proposalId(), p.number(),
                    p.secrecy().secret() ? null : Long.toString(voter),
                    ballot == null ? null : p.choices().describe(ballot),
                    BallotCast.Effect.valueOf(step.effect().name()), now,
                    ballot == null || ballot.abstain() ? null : ballot.marks(), ballot != null && ballot.abstain()));
        }
        outbox.privately(delivery, Long.toString(p.guildId()), command.interaction(),
                ProposalRenderer.confirmation(p, ballot));
    }
}
