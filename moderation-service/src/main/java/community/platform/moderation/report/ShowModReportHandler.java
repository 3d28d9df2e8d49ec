package community.platform.moderation.report;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.moderation.ShowModReport;
import community.platform.moderation.escalation.EscalationHistory;
import community.platform.moderation.settings.ModerationSettingsRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.DirectReplies;
import community.platform.runtime.messaging.ReadHandler;
import org.springframework.stereotype.Component;

/**
 * {@code ShowModReport}: a member's case history, for moderators only. A read: it changes nothing an answer must agree
 * with (at most the guild's default settings row, written once, the same on every delivery), so the answer goes
 * straight to {@code discord.actions} when the transaction commits ({@link DirectReplies}), without the outbox's round
 * trip, and a delivery seen before is answered again with the same id, which the gateway performs once.
 */
@Component
class ShowModReportHandler extends ReadHandler<ShowModReport> {

    private final ModerationSettingsRepository settings;
    private final EscalationHistory history;

    ShowModReportHandler(ModerationSettingsRepository settings, EscalationHistory history, DirectReplies replies) {
        super(Topics.MODERATION_COMMANDS, MessageCatalog.SHOW_MOD_REPORT, replies);
        this.settings = settings;
        this.history = history;
    }

    @Override
    public void handle(ShowModReport command, Delivery delivery) {
        long guild = Long.parseLong(command.guildId());
        if (!settings.of(guild).moderates(command.moderator())) {
            reply(command, delivery, DiscordMessage.text("⚠️ Only moderators may read the case history."));
            return;
        }
        long member = Long.parseLong(command.memberId());
        reply(command, delivery, ModReportRenderer.render(member, history.of(guild, member),
                history.threadOf(guild, member).orElse(null)));
    }
}
