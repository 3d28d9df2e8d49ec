package community.platform.voting.campaign;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.SendDirectMessage;
import community.platform.contracts.voting.ManageCampaign;
import community.platform.contracts.voting.StageStarted;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.constitution.Constitution;
import community.platform.voting.constitution.ConstitutionRepository;
import community.platform.voting.membership.MembershipRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code ManageCampaign}: creates a campaign (its budget and approval rule the constitution's), takes a scenario for a
 * stage (approved at once unless the constitution says an admin approves), approves one, and starts the next stage:
 * its approved scenarios open at the same moment, its timer is armed, and each member of the guild's latest listing
 * gets the stage's ballots in one batch of DMs, each showing the member's tokens at the start of the batch.
 */
@Component
class ManageCampaignHandler extends TypedHandler<ManageCampaign> {

    private final CampaignRepository campaigns;
    private final ConstitutionRepository constitutions;
    private final MembershipRepository membership;
    private final CampaignClock clock;
    private final OutboxWriter outbox;

    ManageCampaignHandler(CampaignRepository campaigns, ConstitutionRepository constitutions,
                          MembershipRepository membership, CampaignClock clock, OutboxWriter outbox) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.MANAGE_CAMPAIGN);
        this.campaigns = campaigns;
        this.constitutions = constitutions;
        this.membership = membership;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void handle(ManageCampaign command, Delivery delivery) {
        long guild = Long.parseLong(command.guildId());
        boolean manager = Constitution.manages(Long.parseLong(command.permissions()));
        if (command.action() != ManageCampaign.Action.SUBMIT && !manager) {
            refuse(command, delivery, CampaignPolicy.MANAGERS_ONLY);
            return;
        }
        if (command.action() == ManageCampaign.Action.CREATE) {
            create(command, delivery, guild);
            return;
        }
        Optional<Campaign> found = campaigns.lock(guild, command.campaign());
        if (found.isEmpty()) {
            refuse(command, delivery, "This server has no Campaign #" + command.campaign() + ".");
            return;
        }
        Campaign c = found.get();
        switch (command.action()) {
            case SUBMIT -> submit(command, delivery, c, manager);
            case APPROVE -> approve(command, delivery, c);
            case START -> start(command, delivery, c);
            case CREATE -> throw new IllegalStateException();
        }
    }

    private void create(ManageCampaign command, Delivery delivery, long guild) {
        long id = Long.parseLong(command.interaction().interactionId());
        if (campaigns.exists(id)) {
            return;
        }
        Constitution rules = constitutions.of(guild);
        Campaign c = new Campaign(id, guild, campaigns.nextNumber(guild),
                Long.parseLong(command.interaction().channelId()), command.title(), command.stages(),
                command.stageHours(), rules.campaignBudget(), rules.scenarioApproval(),
                Long.parseLong(command.interaction().userId()), 0, false, null);
        campaigns.insert(c, clock.at(command.interaction(), delivery));
        outbox.reply(delivery, command.guildId(), command.interaction(), CampaignRenderer.created(c));
    }

    private void submit(ManageCampaign command, Delivery delivery, Campaign c, boolean manager) {
        String refusal = CampaignPolicy.submit(c, command.stage());
        if (refusal != null) {
            refuse(command, delivery, refusal);
            return;
        }
        Scenario s = new Scenario(Long.parseLong(command.interaction().interactionId()), c.campaignId(),
                campaigns.nextScenario(c.campaignId()), command.stage(), command.title(), command.details(),
                Long.parseLong(command.interaction().userId()), !c.needsApproval() || manager, null, null);
        campaigns.insert(s, clock.at(command.interaction(), delivery));
        outbox.reply(delivery, command.guildId(), command.interaction(),
                DiscordMessage.text(CampaignRenderer.submitted(c, s)));
    }

    private void approve(ManageCampaign command, Delivery delivery, Campaign c) {
        Optional<Scenario> s = campaigns.scenario(c.campaignId(), command.scenario());
        String refusal = s.isEmpty() ? CampaignRenderer.name(c) + " has no Scenario #" + command.scenario() + "."
                : CampaignPolicy.approve(c, s.get());
        if (refusal != null) {
            refuse(command, delivery, refusal);
            return;
        }
        campaigns.approve(s.get().scenarioId());
        outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("✅ Scenario #"
                + s.get().number() + " \"" + s.get().title() + "\" is approved for stage " + s.get().stage() + "."));
    }

    private void start(ManageCampaign command, Delivery delivery, Campaign c) {
        int stage = c.stage() + 1;
        List<Scenario> scenarios = c.stageOpen() || stage > c.stages() ? List.of()
                : campaigns.approved(c.campaignId(), stage);
        String refusal = CampaignPolicy.start(c, scenarios.size());
        if (refusal != null) {
            refuse(command, delivery, refusal);
            return;
        }
        Instant now = clock.at(command.interaction(), delivery);
        Instant closesAt = now.plus(Duration.ofHours(c.stageHours()));
        campaigns.startStage(c, stage, now, closesAt);
        clock.arm(c, stage, closesAt, delivery);
        // the announcement first: the DMs after it are paced, and the gateway performs actions in the order written
        outbox.reply(delivery, command.guildId(), command.interaction(),
                CampaignRenderer.started(c, stage, scenarios, closesAt));
        // one batch: every ballot shows the member's tokens as they are at the start of it
        Map<Long, Integer> remaining = campaigns.remaining(c.campaignId());
        String guild = Long.toString(c.guildId());
        for (long member : membership.memberIds(c.guildId())) {
            int tokens = remaining.getOrDefault(member, c.budget());
            for (Scenario s : scenarios) {
                outbox.appendAction(delivery, "ballot-" + s.scenarioId() + "-" + member, new SendDirectMessage(guild,
                        Long.toString(member), CampaignRenderer.ballot(c, stage, s, tokens, closesAt), null));
            }
        }
        outbox.append(delivery.derivedId("stage-started"), Topics.VOTING_EVENTS, Long.toString(c.campaignId()),
                new StageStarted(guild, Long.toString(c.campaignId()), c.number(), stage, scenarios.stream()
                        .map(s -> new StageStarted.Scenario(Long.toString(s.scenarioId()), s.number(), s.title()))
                        .toList(), c.budget(), now, closesAt));
    }

    private void refuse(ManageCampaign command, Delivery delivery, String reason) {
        outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("⚠️ " + reason));
    }
}
