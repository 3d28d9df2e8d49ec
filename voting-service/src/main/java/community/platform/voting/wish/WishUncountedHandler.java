package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ReactionsUncounted;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import org.springframework.stereotype.Component;

/**
 * A wish's message could not be read ({@code discord.ReactionsUncounted}: its channel missing, the bot not allowed to
 * read it): the wish keeps its votes and stays, never dropped; a run counts it as an error.
 */
@Component
class WishUncountedHandler extends TypedHandler<ReactionsUncounted> {

    private final WishSyncs syncs;

    WishUncountedHandler(WishSyncs syncs) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.REACTIONS_UNCOUNTED);
        this.syncs = syncs;
    }

    @Override
    public void handle(ReactionsUncounted fact, Delivery delivery) {
        syncs.answered(fact.requestId(), Long.parseLong(fact.messageId()), WishSyncs.Answer.ERROR, false, delivery);
    }
}
