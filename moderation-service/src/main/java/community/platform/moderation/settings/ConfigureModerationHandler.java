package community.platform.moderation.settings;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.moderation.ConfigureModeration;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/** {@code ConfigureModeration}: a member with Manage Server changes one setting, checked by {@link SettingPolicy}. */
@Component
class ConfigureModerationHandler extends TypedHandler<ConfigureModeration> {

    private final ModerationSettingsRepository settings;
    private final OutboxWriter outbox;

    ConfigureModerationHandler(ModerationSettingsRepository settings, OutboxWriter outbox) {
        super(Topics.MODERATION_COMMANDS, MessageCatalog.CONFIGURE_MODERATION);
        this.settings = settings;
        this.outbox = outbox;
    }

    @Override
    public void handle(ConfigureModeration command, Delivery delivery) {
        String answer;
        if (!command.moderator().has(ModerationSettings.MANAGE_SERVER)) {
            answer = "⚠️ Only members with Manage Server may change the moderation settings.";
        } else {
            try {
                for (SettingPolicy.Change c : SettingPolicy.changes(command.setting(), command.value())) {
                    settings.change(Long.parseLong(command.guildId()), c);
                }
                answer = "✅ " + command.setting() + " is now " + command.value() + ".";
            } catch (SettingPolicy.InvalidSetting e) {
                answer = "⚠️ " + e.getMessage();
            }
        }
        outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text(answer));
    }
}
