package community.platform.moderation.report;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.moderation.ShowModReport;
import community.platform.moderation.escalation.EscalationHistory;
import community.platform.moderation.settings.ModerationSettingsRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/** {@code ShowModReport}: a member's case history, for moderators only. */
@Component
class ShowModReportHandler extends TypedHandler<ShowModReport> {

    private final ModerationSettingsRepository settings;
    private final EscalationHistory history;
    private final OutboxWriter outbox;

    ShowModReportHandler(ModerationSettingsRepository settings, EscalationHistory history, OutboxWriter outbox) {
        super(Topics.MODERATION_COMMANDS, MessageCatalog.SHOW_MOD_REPORT);
        this.settings = settings;
        this.history = history;
        this.outbox = outbox;
    }

    @Override
    public void handle(ShowModReport command, Delivery delivery) {
        long guild = Long.parseLong(command.guildId());
        if (!settings.of(guild).moderates(command.moderator())) {
            outbox.reply(delivery, command.guildId(), command.interaction(),
                    DiscordMessage.text("⚠️ Only moderators may read the case history."));
            return;
        }
        long member = Long.parseLong(command.memberId());
        outbox.reply(delivery, command.guildId(), command.interaction(), ModReportRenderer.render(member,
                history.of(guild, member), history.threadOf(guild, member).orElse(null)));
    }
}
