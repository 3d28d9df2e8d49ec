package community.platform.gateway.moderation;

import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /escalate member [reason] [message]}: the moderators vote on a member (and a reported message). */
public final class EscalateCommand implements GatewayCommand {

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("escalate", "Ask the moderators to decide on a member")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MODERATE_MEMBERS))
                .addOptions(new OptionData(OptionType.USER, "member", "Who", true),
                        new OptionData(OptionType.STRING, "reason", "Why").setMaxLength(Moderators.MAX_REASON),
                        new OptionData(OptionType.STRING, "message", "Id of the reported message").setMaxLength(20)));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        String member = call.options().member("member", null);
        if (member == null) {
            return Outcome.refuse("member must be a member of this server.");
        }
        return Moderators.open(call.caller(), member, call.options().snowflake("message"),
                call.options().text("reason", Moderators.MAX_REASON), call.options().memberName("member"));
    }
}
