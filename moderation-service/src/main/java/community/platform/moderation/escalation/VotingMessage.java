package community.platform.moderation.escalation;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Shows a resolved escalation where the moderators voted, when no click is being answered (the clock ran out, Discord
 * reported what became of the action): the voting message is edited, or, when no vote was ever clicked on it, the
 * outcome is posted in the channel.
 */
@Component
class VotingMessage {

    private final EscalationRepository escalations;
    private final OutboxWriter outbox;

    VotingMessage(EscalationRepository escalations, OutboxWriter outbox) {
        this.escalations = escalations;
        this.outbox = outbox;
    }

    /** @param outcome names this show among the outcomes of the message being handled */
    void showResolved(Escalation e, Delivery delivery, String outcome) {
        DiscordMessage shown = EscalationRenderer.render(e, escalations.votes(e.escalationId()), Set.of(),
                escalations.caseAction(e.escalationId()).orElse(null));
        String guild = Long.toString(e.guildId());
        String channel = Long.toString(e.channelId());
        if (e.votingMessageId() != null) {
            outbox.appendAction(delivery, outcome, new EditChannelMessage(guild, channel,
                    Long.toString(e.votingMessageId()), shown));
        } else {
            outbox.appendAction(delivery, outcome, new SendChannelMessage(guild, channel, shown));
        }
    }
}
