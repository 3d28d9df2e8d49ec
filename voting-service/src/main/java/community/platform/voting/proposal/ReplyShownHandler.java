package community.platform.voting.proposal;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionPerformed;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The gateway's report that a proposal's message was shown ({@code discord.ActionPerformed} of the opening reply, with
 * its message id): the proposal remembers its message, to edit it when it closes with nobody clicking. A proposal that
 * closed before the report came is shown closed at once.
 */
@Component
class ReplyShownHandler extends TypedHandler<ActionPerformed> {

    private final ProposalRepository proposals;
    private final ProposalClosing closing;

    ReplyShownHandler(ProposalRepository proposals, ProposalClosing closing) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_PERFORMED);
        this.proposals = proposals;
        this.closing = closing;
    }

    @Override
    public void handle(ActionPerformed fact, Delivery delivery) {
        if (!"voting".equals(fact.requester()) || fact.messageId() == null) {
            return;
        }
        Optional<Proposal> shown = proposals.shownByReply(fact.actionId(), Long.parseLong(fact.messageId()));
        if (shown.isPresent() && shown.get().closed()) {
            closing.showClosed(shown.get(), delivery);
        }
    }
}
