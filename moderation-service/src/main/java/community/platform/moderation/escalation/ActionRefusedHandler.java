package community.platform.moderation.escalation;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionRefused;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Discord refused a resolution's action for good ({@code discord.ActionRefused}): the case says so and why ("Ban
 * failed: the bot lacks the permission Ban Members.").
 */
@Component
class ActionRefusedHandler extends TypedHandler<ActionRefused> {

    private final CaseOutcomes outcomes;

    ActionRefusedHandler(CaseOutcomes outcomes) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_REFUSED);
        this.outcomes = outcomes;
    }

    @Override
    public void handle(ActionRefused fact, Delivery delivery) {
        outcomes.update(fact.requester(), fact.guildId(), fact.actionId(), delivery,
                (escalations, resolution) -> escalations.actionFailed(UUID.fromString(fact.actionId()),
                        CaseAction.failed(resolution, fact.reason())));
    }
}
