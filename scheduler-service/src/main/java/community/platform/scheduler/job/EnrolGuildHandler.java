package community.platform.scheduler.job;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.EnrolGuild;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.messaging.RejectedMessage;
import community.platform.scheduler.config.SchedulerProperties.Scope;
import org.springframework.stereotype.Component;

/** {@code EnrolGuild}: every per-guild job starts for a guild that has no setting for it yet. */
@Component
class EnrolGuildHandler extends TypedHandler<EnrolGuild> {

    private final JobPlanner planner;

    EnrolGuildHandler(JobPlanner planner) {
        super(Topics.SCHEDULER_COMMANDS, MessageCatalog.ENROL_GUILD);
        this.planner = planner;
    }

    @Override
    public void handle(EnrolGuild request, Delivery delivery) {
        if (request.guildId().equals(JobTicked.PLATFORM_GUILD)) {
            throw new RejectedMessage("guild 0 stands for the platform and cannot be enrolled");
        }
        planner.ensure(Scope.GUILD, request.guildId());
    }
}
