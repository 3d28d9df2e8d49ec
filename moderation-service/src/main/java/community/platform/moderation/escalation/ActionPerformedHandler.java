package community.platform.moderation.escalation;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionPerformed;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Discord carried out one of our actions ({@code discord.ActionPerformed}): an escalation's message was posted (where
 * it is, and which thread is the member's), or a case's action was done (the case says what was done).
 */
@Component
class ActionPerformedHandler extends TypedHandler<ActionPerformed> {

    private final CaseOutcomes outcomes;
    private final EscalationRepository escalations;

    ActionPerformedHandler(CaseOutcomes outcomes, EscalationRepository escalations) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_PERFORMED);
        this.outcomes = outcomes;
        this.escalations = escalations;
    }

    @Override
    public void handle(ActionPerformed fact, Delivery delivery) {
        Optional<UUID> id = CaseOutcomes.ours(fact.requester(), fact.actionId());
        if (id.isEmpty()) {
            return;
        }
        Optional<Long> posted = escalations.postedWith(id.get());
        if (posted.isPresent()) {
            escalations.lockInGuild(posted.get(), Long.parseLong(fact.guildId())).ifPresent(e -> {
                long channel = fact.channelId() != null ? Long.parseLong(fact.channelId()) : e.channelId();
                if (fact.messageId() != null) {
                    escalations.votingMessage(e.escalationId(), channel, Long.parseLong(fact.messageId()));
                }
                if (MessageCatalog.POST_IN_THREAD.type().equals(fact.actionType()) && fact.channelId() != null) {
                    escalations.threadIs(e.guildId(), e.memberId(), channel);
                }
            });
            return;
        }
        outcomes.update(id.get(), fact.guildId(), delivery, true, (escalations, actionId, label) ->
                escalations.actionDone(actionId));
    }
}
