package community.platform.raid.guild;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.raid.RequestBackup;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.contracts.scheduler.RunJobNow;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * {@code /backup_db} (operators only): the scheduler is asked for a run of the platform's {@code backup} job now, which
 * every service answers with a snapshot of its own schema.
 */
@Component
class RequestBackupHandler extends TypedHandler<RequestBackup> {

    static final String JOB = "backup";

    private final OutboxWriter outbox;

    RequestBackupHandler(OutboxWriter outbox) {
        super(Topics.RAID_COMMANDS, MessageCatalog.REQUEST_BACKUP);
        this.outbox = outbox;
    }

    @Override
    public void handle(RequestBackup command, Delivery delivery) {
        if (!command.operator()) {
            outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("⚠️ Only the"
                    + " platform's operators run a backup."));
            return;
        }
        outbox.append(delivery.derivedId("backup"), Topics.SCHEDULER_COMMANDS, JobTicked.PLATFORM_GUILD,
                new RunJobNow(JobTicked.PLATFORM_GUILD, JOB, command.interaction().userId()));
        outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("💾 A backup run is"
                + " asked of the scheduler: every service writes a snapshot of its schema now."));
    }
}
