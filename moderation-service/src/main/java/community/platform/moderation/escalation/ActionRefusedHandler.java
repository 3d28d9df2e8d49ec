package community.platform.moderation.escalation;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionRefused;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.runtime.messaging.TypedHandler;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Discord refused one of our actions for good ({@code discord.ActionRefused}): a case's action (the case says so and
 * why: "Ban failed: the bot lacks the permission Ban Members."), or the post of a report in its member's thread (the
 * report is posted where the member was reported instead, saying why, so no report is lost).
 */
@Component
class ActionRefusedHandler extends TypedHandler<ActionRefused> {

    private final CaseOutcomes outcomes;
    private final EscalationRepository escalations;
    private final VotingMessage votingMessage;
    private final OutboxWriter outbox;

    ActionRefusedHandler(CaseOutcomes outcomes, EscalationRepository escalations, VotingMessage votingMessage,
                         OutboxWriter outbox) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_REFUSED);
        this.outcomes = outcomes;
        this.escalations = escalations;
        this.votingMessage = votingMessage;
        this.outbox = outbox;
    }

    @Override
    public void handle(ActionRefused fact, Delivery delivery) {
        Optional<UUID> id = CaseOutcomes.ours(fact.requester(), fact.actionId());
        if (id.isEmpty()) {
            return;
        }
        Optional<Long> posted = escalations.postedWith(id.get());
        if (posted.isPresent()) {
            if (MessageCatalog.POST_IN_THREAD.type().equals(fact.actionType())) {
                escalations.lockInGuild(posted.get(), Long.parseLong(fact.guildId())).ifPresent(e -> {
                    DiscordMessage report = votingMessage.current(e);
                    UUID again = outbox.appendAction(delivery, "report-in-channel", new SendChannelMessage(
                            fact.guildId(), Long.toString(e.channelId()), new DiscordMessage("⚠️ This report could"
                            + " not be posted in the member's thread in the moderation channel: " + fact.reason()
                            + ". It is here instead.", report.embeds(), report.rows()), true, List.of()));
                    escalations.postedBy(e.escalationId(), again);
                });
            }
            return;
        }
        outcomes.update(id.get(), fact.guildId(), delivery, false, (escalations, actionId, label) ->
                escalations.actionFailed(actionId, CaseAction.failed(label, fact.reason())));
    }
}
