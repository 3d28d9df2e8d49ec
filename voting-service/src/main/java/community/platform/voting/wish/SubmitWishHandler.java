package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.voting.SubmitWish;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.time.CommandTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code SubmitWish}: the wish is stored once (its id the interaction's) with the guild's next number and posted in
 * the suggestions channel with the bot's 🌟; the gateway reports which message it is, and from then on its reactions
 * are its votes. A category the guild does not have, or a guild without a suggestions channel, is refused privately.
 */
@Component
class SubmitWishHandler extends TypedHandler<SubmitWish> {

    private final WishRepository wishes;
    private final CommandTime time;
    private final OutboxWriter outbox;

    SubmitWishHandler(WishRepository wishes, CommandTime time, OutboxWriter outbox) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.SUBMIT_WISH);
        this.wishes = wishes;
        this.time = time;
        this.outbox = outbox;
    }

    @Override
    public void handle(SubmitWish command, Delivery delivery) {
        long guild = Long.parseLong(command.guildId());
        long wishId = Long.parseLong(command.interaction().interactionId());
        if (wishes.exists(wishId)) {
            return;
        }
        WishSettings settings = wishes.settings(guild);
        if (settings.channelId() == null) {
            refuse(command, delivery, "This server has no suggestions channel yet: an admin sets it with "
                    + "`/wishes settings channel:`.");
            return;
        }
        Optional<String> category = WishRules.category(settings.categories(), command.category());
        if (category.isEmpty()) {
            refuse(command, delivery, "\"" + command.category() + "\" is not a category here. The categories are: "
                    + String.join(", ", settings.categories()) + ".");
            return;
        }
        Instant at = time.of(command.interaction(), delivery);
        UUID post = delivery.derivedId("wish-post");
        Wish w = new Wish(wishId, guild, wishes.nextNumber(guild), category.get(), command.text().strip(),
                Long.parseLong(command.interaction().userId()), command.authorName(), settings.channelId(), post,
                null, Wish.Status.OPEN, 0, null, null, null, at, null);
        wishes.insert(w);
        outbox.append(post, Topics.DISCORD_ACTIONS, Long.toString(w.channelId()), new SendChannelMessage(
                command.guildId(), Long.toString(w.channelId()), WishRenderer.wish(w), true, List.of(WishRules.STAR)));
        outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text(WishRenderer.posted(w)));
    }

    private void refuse(SubmitWish command, Delivery delivery, String reason) {
        outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("⚠️ " + reason));
    }
}
