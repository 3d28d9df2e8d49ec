package community.platform.voting.proposal;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.voting.ProposalClosed;
import community.platform.contracts.voting.ProposalClosed.Outcome;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.membership.MembershipRepository;
import community.platform.voting.tally.TallyResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Closes a proposal, once, in the transaction of whatever closed it (its deadline's timer, the "Close now" button, a
 * click that came after the deadline): the result is counted by the proposal's method (abstentions count toward
 * turnout only) and
 * decided by the rules it opened with ({@link OutcomePolicy}: quorum, threshold; no winner is "Closed", never
 * "Failed"), stored, published as
 * {@code ProposalClosed}, and posted in the proposal's channel.
 */
@Component
class ProposalClosing {

    private final ProposalRepository proposals;
    private final MembershipRepository membership;
    private final ProposalClock clock;
    private final OutboxWriter outbox;

    ProposalClosing(ProposalRepository proposals, MembershipRepository membership, ProposalClock clock,
                    OutboxWriter outbox) {
        this.proposals = proposals;
        this.membership = membership;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** @param by the member who closed it early, null when its deadline did */
    Proposal close(Proposal p, Long by, Instant now, Delivery delivery) {
        Tally tally = proposals.tally(p);
        TallyResult result = tally.result();
        Integer members = membership.members(p.guildId()).orElse(null);
        OutcomePolicy.Decision decision = OutcomePolicy.decide(result, members, p.rules().quorumPercent(),
                p.rules().thresholdPercent(), p.choices().maxScore());
        Outcome outcome = decision.outcome();
        String winner = decision.winner().isPresent() ? p.choices().options().get(decision.winner().getAsInt())
                : null;
        Proposal closed = p.closed(now, by, outcome, winner, members, result.tieBreak());
        proposals.close(closed);
        if (by != null) {
            clock.cancel(p, delivery);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int o = 0; o < p.choices().size(); o++) {
            counts.put(p.choices().options().get(o), result.totals().get(o));
        }
        outbox.append(delivery.derivedId("closed"), Topics.VOTING_EVENTS, Long.toString(p.proposalId()),
                new ProposalClosed(Long.toString(p.guildId()), Long.toString(p.proposalId()), p.number(), counts,
                        result.abstentions(), result.turnout(), winner, outcome,
                        by == null ? null : Long.toString(by), now, p.choices().method().name(), result.tieBreak()));
        outbox.appendAction(delivery, "result", new SendChannelMessage(Long.toString(p.guildId()),
                Long.toString(p.channelId()), ProposalRenderer.result(closed, tally)));
        return closed;
    }

    /** Shows the closed proposal in its message when no click on it is being answered (its deadline closed it). */
    void showClosed(Proposal closed, Delivery delivery) {
        showClosed(closed, delivery, false);
    }

    /** @param answered the click being answered was on the proposal's message, whose reply shows it */
    void showClosed(Proposal closed, Delivery delivery, boolean answered) {
        if (!answered) {
            edit(closed, delivery, "show-closed", closed.closedAt());
        }
    }

    /** Shows new counts in the proposal's message after a ballot cast elsewhere (by DM, or privately). */
    void showCounts(Proposal p, Delivery delivery, Instant now) {
        edit(p, delivery, "show-counts", now);
    }

    private void edit(Proposal p, Delivery delivery, String outcome, Instant now) {
        if (p.messageId() != null) {
            outbox.appendAction(delivery, outcome, new EditChannelMessage(Long.toString(p.guildId()),
                    Long.toString(p.channelId()), Long.toString(p.messageId()),
                    ProposalRenderer.render(p, proposals.tally(p), now)));
        }
    }
}
