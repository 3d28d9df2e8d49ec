package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionRefused;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.discord.SendDirectMessage;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Discord refused something about a wish ({@code discord.ActionRefused}): its post (the bot may not write in the
 * suggestions channel, say): the wish is withdrawn, as it never reached the board, and its author told why by DM; a
 * granted wish's channel (Manage Channels missing): the wish stays granted, and the suggestions channel is told why
 * its channel is not there, so an admin can create it.
 */
@Component
class WishRefusedHandler extends TypedHandler<ActionRefused> {

    private final WishRepository wishes;
    private final OutboxWriter outbox;

    WishRefusedHandler(WishRepository wishes, OutboxWriter outbox) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_REFUSED);
        this.wishes = wishes;
        this.outbox = outbox;
    }

    @Override
    public void handle(ActionRefused fact, Delivery delivery) {
        var ours = DiscordAction.requestedBy("voting", fact.requester(), fact.actionId());
        if (ours.isEmpty()) {
            return;
        }
        UUID action = ours.get();
        if (MessageCatalog.CREATE_CHANNEL.type().equals(fact.actionType())) {
            wishes.byChannelAction(action).ifPresent(w -> outbox.appendAction(delivery, "wish-not-created",
                    new SendChannelMessage(Long.toString(w.guildId()), Long.toString(w.channelId()),
                            WishRenderer.notCreated(w, fact.reason()))));
        } else if (MessageCatalog.SEND_CHANNEL_MESSAGE.type().equals(fact.actionType())) {
            wishes.byPostAction(action).filter(w -> wishes.withdraw(w.wishId(), fact.at())).ifPresent(w ->
                    outbox.appendAction(delivery, "wish-not-posted", new SendDirectMessage(
                            Long.toString(w.guildId()), Long.toString(w.authorId()), WishRenderer.notPosted(w,
                            fact.reason()), null)));
        }
    }
}
