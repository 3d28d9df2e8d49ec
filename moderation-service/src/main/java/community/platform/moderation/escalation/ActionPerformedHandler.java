package community.platform.moderation.escalation;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionPerformed;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Discord carried out a resolution's action ({@code discord.ActionPerformed}): the case says what was done. */
@Component
class ActionPerformedHandler extends TypedHandler<ActionPerformed> {

    private final CaseOutcomes outcomes;

    ActionPerformedHandler(CaseOutcomes outcomes) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_PERFORMED);
        this.outcomes = outcomes;
    }

    @Override
    public void handle(ActionPerformed fact, Delivery delivery) {
        outcomes.update(fact.requester(), fact.guildId(), fact.actionId(), delivery,
                (escalations, resolution) -> escalations.actionDone(UUID.fromString(fact.actionId())));
    }
}
