package community.platform.gateway.economy;

import community.platform.contracts.economy.ArrangeTeam;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.ShowEconomy.View;
import community.platform.gateway.interaction.Caller;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /team set|clear|optimize|view}: a member's team of esprits. */
public final class TeamCommand implements GatewayCommand {

    static final int MAX_SLOT = 25;

    @Override
    public List<SlashCommandData> slashCommands() {
        OptionData slot = new OptionData(OptionType.INTEGER, "slot", "Slot", true).setRequiredRange(1, MAX_SLOT);
        return List.of(Commands.slash("team", "Your team").addSubcommands(
                new SubcommandData("set", "Put an esprit in a slot").addOptions(slot,
                        Economy.number("number", "The esprit's number (#)")),
                new SubcommandData("clear", "Empty a slot").addOptions(slot),
                new SubcommandData("optimize", "Fill the team with your strongest esprits"),
                new SubcommandData("view", "Show a team").addOptions(Economy.member())));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        Caller c = call.caller();
        String guild = c.guildId();
        String me = c.userId();
        return switch (call.subcommand() == null ? "" : call.subcommand()) {
            case "set" -> Economy.send(c, me, new ArrangeTeam(guild, ArrangeTeam.Arrangement.SET,
                    (int) call.options().required("slot", 1, MAX_SLOT),
                    (int) call.options().required("number", 1, Economy.MAX_NUMBER), c.ref()), Ack.REPLY);
            case "clear" -> Economy.send(c, me, new ArrangeTeam(guild, ArrangeTeam.Arrangement.CLEAR,
                    (int) call.options().required("slot", 1, MAX_SLOT), null, c.ref()), Ack.REPLY);
            case "optimize" -> Economy.send(c, me, new ArrangeTeam(guild, ArrangeTeam.Arrangement.OPTIMIZE, null, null,
                    c.ref()), Ack.REPLY);
            case "view" -> {
                String whose = call.options().member("member", me);
                yield Economy.send(c, whose, ShowEconomy.of(guild, View.TEAM, whose, c.ref()), Ack.REPLY);
            }
            default -> Outcome.refuse("This command is not available.");
        };
    }
}
