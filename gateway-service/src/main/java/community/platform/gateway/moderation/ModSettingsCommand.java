package community.platform.gateway.moderation;

import community.platform.contracts.Topics;
import community.platform.contracts.moderation.ConfigureModeration;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /modsettings setting value}: one moderation setting of the server (the moderation service checks the name,
 * the value and that the member may); keyed by {@code <guildId>:settings}.
 */
public final class ModSettingsCommand implements GatewayCommand {

    static final int MAX_VALUE = 100;

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("modsettings", "Change a moderation setting")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addOptions(new OptionData(OptionType.STRING, "setting", "quorum, base-hours, tie-break, preset"
                                + " (mod-bot), mod-channel, moderator-role, restrict-role, ...", true)
                                .setMaxLength(40),
                        new OptionData(OptionType.STRING, "value", "The new value", true).setMaxLength(MAX_VALUE)));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        String setting = call.options().text("setting", 40);
        String value = call.options().text("value", Integer.MAX_VALUE);
        if (setting == null || value == null) {
            return Outcome.refuse("A setting and a value are needed.");
        }
        String name = setting.toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z][a-z-]{1,40}") || value.length() > MAX_VALUE) {
            return Outcome.refuse("Settings are named like quorum or base-hours; values have at most " + MAX_VALUE
                    + " characters.");
        }
        String guild = call.caller().guildId();
        return Outcome.send(Topics.MODERATION_COMMANDS, guild + ":settings", new ConfigureModeration(guild, name,
                value, Moderators.of(call.caller()), call.caller().ref()), Ack.EPHEMERAL_REPLY);
    }
}
