package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionPerformed;
import community.platform.contracts.discord.DiscordAction;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import org.springframework.stereotype.Component;

/** The gateway's report that a raid's plan was shown ({@code discord.ActionPerformed} of its reply): its message. */
@Component
class RaidShownHandler extends TypedHandler<ActionPerformed> {

    private final RaidRepository raids;

    RaidShownHandler(RaidRepository raids) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_PERFORMED);
        this.raids = raids;
    }

    @Override
    public void handle(ActionPerformed fact, Delivery delivery) {
        if (fact.messageId() == null) {
            return;
        }
        DiscordAction.requestedBy("raid", fact.requester(), fact.actionId()).flatMap(raids::byReplyAction)
                .ifPresent(id -> raids.shownIn(id, Long.parseLong(fact.messageId())));
    }
}
