package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import org.springframework.stereotype.Component;

/**
 * The scheduler's {@code weekly-summary} run for a guild (each guild's own schedule): its open wishes are reconciled
 * with Discord first, then the week's summary is posted in the suggestions channel (a guild without one gets none).
 */
@Component
class WeeklySummaryHandler extends TypedHandler<JobTicked> {

    static final String JOB = "weekly-summary";

    private final WishRepository wishes;
    private final WishSyncs syncs;

    WeeklySummaryHandler(WishRepository wishes, WishSyncs syncs) {
        super(Topics.SCHEDULER_EVENTS, MessageCatalog.JOB_TICKED);
        this.wishes = wishes;
        this.syncs = syncs;
    }

    @Override
    public void handle(JobTicked tick, Delivery delivery) {
        if (!JOB.equals(tick.job()) || JobTicked.PLATFORM_GUILD.equals(tick.guildId())) {
            return;
        }
        long guild = Long.parseLong(tick.guildId());
        if (wishes.settings(guild).channelId() == null) {
            return;
        }
        // the run's id may be long: its name-based UUID keeps the timer's id within 100 characters
        String run = java.util.UUID.nameUUIDFromBytes(tick.runId().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        syncs.start(WishSyncs.PREFIX + "weekly-" + run, guild, WishSyncs.Purpose.WEEKLY, null,
                wishes.open(guild, null), tick.scheduledFor(), delivery);
    }
}
