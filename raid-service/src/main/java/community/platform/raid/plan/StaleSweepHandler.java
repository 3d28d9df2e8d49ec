package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.raid.RaidCancelled;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.raid.guild.RaidGuildRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The scheduler's {@code stale-raid-sweep} run for a guild: every open raid whose last day at its last time passed
 * more than the guild's {@code stale-hours} before the run was due is closed as stale (nobody finished it): its
 * message shows it closed, its role is deleted, the raid list changes, {@code RaidCancelled} (STALE) is published.
 */
@Component
class StaleSweepHandler extends TypedHandler<JobTicked> {

    static final String JOB = "stale-raid-sweep";

    private final RaidRepository raids;
    private final RaidGuildRepository guilds;
    private final RaidCloser closer;

    StaleSweepHandler(RaidRepository raids, RaidGuildRepository guilds, RaidCloser closer) {
        super(Topics.SCHEDULER_EVENTS, MessageCatalog.JOB_TICKED);
        this.raids = raids;
        this.guilds = guilds;
        this.closer = closer;
    }

    @Override
    public void handle(JobTicked tick, Delivery delivery) {
        if (!JOB.equals(tick.job()) || JobTicked.PLATFORM_GUILD.equals(tick.guildId())) {
            return;
        }
        long guildId = Long.parseLong(tick.guildId());
        Instant now = tick.scheduledFor();
        for (Raid r : raids.lockStale(guildId, now.minus(Duration.ofHours(guilds.of(guildId).staleHours())))) {
            closer.close(r, false, RaidCancelled.Reason.STALE, 0, now, delivery, "stale-" + r.raidId() + "-");
        }
    }
}
