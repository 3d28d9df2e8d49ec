package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionRefused;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Discord refused a granted wish's channel ({@code discord.ActionRefused}, Manage Channels missing, say): the wish
 * stays granted, and the suggestions channel is told why its channel is not there, so an admin can create it.
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
        if (!"voting".equals(fact.requester()) || !MessageCatalog.CREATE_CHANNEL.type().equals(fact.actionType())) {
            return;
        }
        UUID action;
        try {
            action = UUID.fromString(fact.actionId());
        } catch (IllegalArgumentException e) {
            return;
        }
        wishes.byChannelAction(action).ifPresent(w -> outbox.appendAction(delivery, "wish-not-created",
                new SendChannelMessage(Long.toString(w.guildId()), Long.toString(w.channelId()),
                        WishRenderer.notCreated(w, fact.reason()))));
    }
}
