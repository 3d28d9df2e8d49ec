package community.platform.voting.campaign;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.voting.InvestTokens;
import community.platform.contracts.voting.TokensInvested;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * {@code InvestTokens}: while the scenario's stage is open (an investment made before it closed counts), the member's
 * budget loses the tokens in ONE conditional statement in the transaction that records the investment: investments
 * sent from several DMs at the same instant can never overdraw. An overdraft reads "you have N tokens left" and
 * changes nothing; a success confirms the new balance. From a DM the guild is the scenario's, and the member must be
 * in it.
 */
@Component
class InvestTokensHandler extends TypedHandler<InvestTokens> {


    private final CampaignRepository campaigns;
    private final CampaignClock clock;
    private final OutboxWriter outbox;

    InvestTokensHandler(CampaignRepository campaigns, CampaignClock clock, OutboxWriter outbox) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.INVEST_TOKENS);
        this.campaigns = campaigns;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void handle(InvestTokens command, Delivery delivery) {
        Optional<Scenario> found;
        try {
            found = campaigns.lockScenario(Long.parseLong(command.scenarioId()));
        } catch (NumberFormatException e) {
            found = Optional.empty();
        }
        Campaign c = found.map(s -> campaigns.get(s.campaignId())).orElse(null);
        boolean member = c != null && (command.guildId() == null
                ? command.roleIds().contains(Long.toString(c.guildId()))
                : command.guildId().equals(Long.toString(c.guildId())));
        if (!member) {
            answer(command, delivery, command.guildId() == null ? DiscordAction.NO_GUILD : command.guildId(),
                    "⚠️ This scenario does not exist in your server.");
            return;
        }
        Scenario s = found.get();
        String guild = Long.toString(c.guildId());
        Instant clicked = clock.at(command.interaction(), delivery);
        // once the stage closed its results are out: nothing joins them, however early it was clicked
        boolean open = s.openedAt() != null && s.closedAt() == null
                && (c.stageClosesAt() == null || clicked.isBefore(c.stageClosesAt()));
        if (!open) {
            answer(command, delivery, guild, "⚠️ Voting on Scenario #" + s.number() + " is "
                    + (s.openedAt() == null ? "not open yet." : "closed."));
            return;
        }
        long user = Long.parseLong(command.interaction().userId());
        OptionalInt left = campaigns.spend(c.campaignId(), user, c.budget(), command.tokens());
        if (left.isEmpty()) {
            answer(command, delivery, guild, "⚠️ " + CampaignPolicy.overdraft(command.tokens(),
                    campaigns.remaining(c.campaignId(), user, c.budget())));
            return;
        }
        Instant now = clicked;
        campaigns.invest(Long.parseLong(command.interaction().interactionId()), s, user, command.tokens(), now);
        outbox.append(delivery.derivedId("invested"), Topics.VOTING_EVENTS, command.scenarioId(), new TokensInvested(
                guild, Long.toString(c.campaignId()), command.scenarioId(), Long.toString(user), command.tokens(),
                left.getAsInt(), now));
        answer(command, delivery, guild, "✅ " + CampaignRenderer.invested(s, command.tokens(), left.getAsInt()));
    }

    private void answer(InvestTokens command, Delivery delivery, String guild, String text) {
        outbox.reply(delivery, guild, command.interaction(), DiscordMessage.text(text));
    }
}
