package community.platform.gateway.moderation;

import community.platform.contracts.Topics;
import community.platform.contracts.moderation.ShowModReport;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /modreport member}: a member's escalations, votes and resolutions; keyed by {@code <guildId>:<memberId>}. */
public final class ModReportCommand implements GatewayCommand {

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("modreport", "A member's escalations, votes and resolutions")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MODERATE_MEMBERS))
                .addOptions(new OptionData(OptionType.USER, "member", "Who", true)));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        String member = call.options().member("member", null);
        if (member == null) {
            return Outcome.refuse("member must be a member of this server.");
        }
        String guild = call.caller().guildId();
        return Outcome.send(Topics.MODERATION_COMMANDS, guild + ":" + member, new ShowModReport(guild, member,
                Moderators.of(call.caller()), call.caller().ref()), Ack.EPHEMERAL_REPLY);
    }
}
