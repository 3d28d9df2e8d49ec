package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.MessageDeleted;
import community.platform.contracts.discord.TrackReactions;
import community.platform.contracts.voting.WishWithdrawn;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * A wish's message was deleted ({@code discord.MessageDeleted}, seen live or found gone by a reconciliation): the wish
 * is withdrawn, once, and no longer tracked.
 */
@Component
class WishDeletedHandler extends TypedHandler<MessageDeleted> {

    private final WishRepository wishes;
    private final WishSyncs syncs;
    private final OutboxWriter outbox;

    WishDeletedHandler(WishRepository wishes, WishSyncs syncs, OutboxWriter outbox) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.MESSAGE_DELETED);
        this.wishes = wishes;
        this.syncs = syncs;
        this.outbox = outbox;
    }

    @Override
    public void handle(MessageDeleted fact, Delivery delivery) {
        long messageId = Long.parseLong(fact.messageId());
        boolean withdrawn = wishes.lockByMessage(messageId).filter(w -> wishes.withdraw(w.wishId(), fact.at()))
                .map(w -> {
                    String guild = Long.toString(w.guildId());
                    outbox.appendAction(delivery, "untrack", new TrackReactions(guild, fact.channelId(),
                            fact.messageId(), false));
                    outbox.append(delivery.derivedId("wish-withdrawn"), Topics.VOTING_EVENTS,
                            Long.toString(w.wishId()), new WishWithdrawn(guild, Long.toString(w.wishId()),
                                    w.number(), fact.at()));
                    return true;
                }).orElse(false);
        syncs.answered(fact.requestId(), messageId, withdrawn ? WishSyncs.Answer.WITHDRAWN
                : WishSyncs.Answer.UNCHANGED, false, delivery);
    }
}
