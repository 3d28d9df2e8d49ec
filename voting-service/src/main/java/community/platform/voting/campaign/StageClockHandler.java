package community.platform.voting.campaign;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.contracts.voting.StageClosed;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A stage's {@code TimerFired}: the stage closes (its scenarios too, so a later investment is refused), its results
 * (tokens and investors per scenario) are posted in the campaign's channel and published; the next stage can start.
 */
@Component
class StageClockHandler extends TypedHandler<TimerFired> {

    private final CampaignRepository campaigns;
    private final OutboxWriter outbox;

    StageClockHandler(CampaignRepository campaigns, OutboxWriter outbox) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.TIMER_FIRED);
        this.campaigns = campaigns;
        this.outbox = outbox;
    }

    @Override
    public void handle(TimerFired fired, Delivery delivery) {
        var stage = CampaignClock.stageOf(fired.owner(), fired.timerId());
        if (stage.isEmpty()) {
            return;
        }
        var found = campaigns.lock(stage.get()[0]);
        if (found.isEmpty() || !found.get().stageOpen() || found.get().stage() != stage.get()[1]) {
            return; // closed already
        }
        Campaign c = found.get();
        campaigns.approved(c.campaignId(), c.stage()); // locks the stage's scenarios: investments wait for the close
        var now = c.stageClosesAt(); // it closed at its end, however late the timer came
        campaigns.closeStage(c, now);
        List<CampaignRepository.Result> results = campaigns.results(c.campaignId(), c.stage());
        boolean last = c.stage() >= c.stages();
        String guild = Long.toString(c.guildId());
        outbox.append(delivery.derivedId("stage-closed"), Topics.VOTING_EVENTS, Long.toString(c.campaignId()),
                new StageClosed(guild, Long.toString(c.campaignId()), c.number(), c.stage(), results.stream()
                        .map(r -> new StageClosed.Result(Long.toString(r.scenario().scenarioId()),
                                r.scenario().number(), r.scenario().title(), r.tokens(), r.investors())).toList(),
                        last, now));
        outbox.appendAction(delivery, "stage-result", new SendChannelMessage(guild, Long.toString(c.channelId()),
                CampaignRenderer.closed(c, results, last)));
    }
}
