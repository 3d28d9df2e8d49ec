package community.platform.economy.play;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.economy.view.EconomyViews;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/** Where the answer leaves: the member's deferred reply (or the message of the button) edited, through the outbox. */
@Component
class Answers {

    private final OutboxWriter outbox;

    Answers(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    void reply(Turn turn, Delivery delivery, DiscordMessage message) {
        outbox.appendAction(delivery, "reply", new EditInteractionReply(turn.guildId(), turn.interaction(), message));
    }

    void notice(Turn turn, Delivery delivery, String text) {
        reply(turn, delivery, EconomyViews.notice(text));
    }
}
