package community.platform.moderation.escalation;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionPerformed;
import community.platform.contracts.discord.ActionRefused;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.MessageHandler;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Discord did with a resolution's action, as the gateway reports it on {@code discord.events}: the case stops
 * saying "waiting for Discord" and says what was done, or why it was not ("Ban failed: the bot lacks the permission
 * Ban Members."), and the voting message shows it. Reports of other services' actions are not ours and pass.
 */
@Configuration
public class ActionOutcomeHandlers {

    private final EscalationRepository escalations;
    private final VotingMessage votingMessage;

    ActionOutcomeHandlers(EscalationRepository escalations, VotingMessage votingMessage) {
        this.escalations = escalations;
        this.votingMessage = votingMessage;
    }

    @Bean
    public MessageHandler<ActionPerformed> actionPerformedHandler() {
        return MessageHandler.of(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_PERFORMED, (fact, delivery) ->
                update(fact.requester(), fact.guildId(), fact.actionId(), delivery,
                        c -> escalations.actionDone(UUID.fromString(fact.actionId()))));
    }

    @Bean
    public MessageHandler<ActionRefused> actionRefusedHandler() {
        return MessageHandler.of(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_REFUSED, (fact, delivery) ->
                update(fact.requester(), fact.guildId(), fact.actionId(), delivery,
                        c -> escalations.actionFailed(UUID.fromString(fact.actionId()),
                                CaseAction.failed(c.getValue(), fact.reason()))));
    }

    private void update(String requester, String guildId, String actionId, Delivery delivery,
                        Function<Map.Entry<Long, EscalationPolicy.Resolution>, Boolean> change) {
        if (!EscalationHandlers.OWNER.equals(requester)) {
            return;
        }
        Optional<Map.Entry<Long, EscalationPolicy.Resolution>> found =
                escalations.caseOfAction(UUID.fromString(actionId));
        if (found.isEmpty()) {
            return; // an action that is not a case's (a warning's fallback, a reply)
        }
        Optional<Escalation> escalation = escalations.lockInGuild(found.get().getKey(), Long.parseLong(guildId));
        if (escalation.isPresent() && change.apply(found.get())) {
            votingMessage.showResolved(escalation.get(), delivery, "show-outcome");
        }
    }
}
