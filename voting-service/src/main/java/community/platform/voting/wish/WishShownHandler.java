package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionPerformed;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.discord.TrackReactions;
import community.platform.contracts.voting.WishPosted;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The gateway's reports about wishes ({@code discord.ActionPerformed}): a wish's message was posted (the wish learns
 * it, asks the gateway to track its 🌟 members, and {@code WishPosted} is published), or a granted wish's channel was
 * created (announced in the suggestions channel, and shown on the wish).
 */
@Component
class WishShownHandler extends TypedHandler<ActionPerformed> {

    private final WishRepository wishes;
    private final OutboxWriter outbox;

    WishShownHandler(WishRepository wishes, OutboxWriter outbox) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_PERFORMED);
        this.wishes = wishes;
        this.outbox = outbox;
    }

    @Override
    public void handle(ActionPerformed fact, Delivery delivery) {
        Optional<UUID> ours = DiscordAction.requestedBy("voting", fact.requester(), fact.actionId());
        if (ours.isEmpty()) {
            return;
        }
        UUID action = ours.get();
        if (fact.messageId() != null && MessageCatalog.SEND_CHANNEL_MESSAGE.type().equals(fact.actionType())) {
            wishes.shown(action, Long.parseLong(fact.messageId())).ifPresent(w -> posted(w, delivery));
        } else if (fact.channelId() != null) {
            wishes.byChannelAction(action).ifPresent(w -> channelCreated(w, Long.parseLong(fact.channelId()),
                    delivery));
        }
    }

    private void posted(Wish w, Delivery delivery) {
        String guild = Long.toString(w.guildId());
        String channel = Long.toString(w.channelId());
        String message = Long.toString(w.messageId());
        outbox.appendAction(delivery, "track", new TrackReactions(guild, channel, message, true, WishRules.STAR));
        outbox.append(delivery.derivedId("wish-posted"), Topics.VOTING_EVENTS, Long.toString(w.wishId()),
                new WishPosted(guild, Long.toString(w.wishId()), w.number(), w.category(), w.text(),
                        Long.toString(w.authorId()), channel, message, w.postedAt()));
    }

    private void channelCreated(Wish w, long channelId, Delivery delivery) {
        wishes.channelCreated(w.wishId(), channelId);
        Wish shown = wishes.lockByNumber(w.guildId(), w.number()).orElseThrow();
        String guild = Long.toString(w.guildId());
        String board = Long.toString(w.channelId());
        outbox.appendAction(delivery, "wish-granted", new SendChannelMessage(guild, board,
                WishRenderer.granted(shown, channelId)));
        if (shown.messageId() != null) {
            outbox.appendAction(delivery, "wish-shown", new EditChannelMessage(guild, board,
                    Long.toString(shown.messageId()), WishRenderer.wish(shown)));
        }
    }
}
