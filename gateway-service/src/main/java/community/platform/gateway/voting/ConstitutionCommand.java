package community.platform.gateway.voting;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.ConfigureConstitution;
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

/**
 * {@code /constitution show} and {@code /constitution set variable value}: the server's governance rules. Anyone
 * reads them; the voting service lets only members who may manage the server change them (the clicker's permissions
 * go along). Keyed by {@code <guildId>:constitution}.
 */
public final class ConstitutionCommand implements GatewayCommand {

    /** A role mention, {@code <@&} and 20 digits and {@code >}, is the longest value. */
    static final int MAX_VALUE = 30;

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("constitution", "The rules this server's proposals are decided by")
                .addSubcommands(new SubcommandData("show", "Show the constitution"),
                        new SubcommandData("set", "Change one rule (Manage Server)").addOptions(
                                new OptionData(OptionType.STRING, "variable", "Which rule", true)
                                        .addChoice("quorum (% of members who must vote)", "quorum")
                                        .addChoice("threshold (% the winner needs more than)", "threshold")
                                        .addChoice("duration (hours a vote runs by default)", "duration")
                                        .addChoice("proposers (everyone, managers or a role)", "proposers")
                                        .addChoice("budget (tokens per member in a campaign)", "budget")
                                        .addChoice("approval (campaign scenarios: required or automatic)",
                                                "approval"),
                                new OptionData(OptionType.STRING, "value", "The new value: a percentage, hours, "
                                        + "everyone, managers or @role", true).setMaxLength(MAX_VALUE))));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        String guild = call.caller().guildId();
        String permissions = Long.toString(call.caller().permissions());
        if ("set".equals(call.subcommand())) {
            String variable = call.options().key("variable", null);
            String value = call.options().text("value", MAX_VALUE);
            if (variable == null || value == null) {
                return Outcome.refuse("Say which rule and its new value.");
            }
            return Outcome.send(Topics.VOTING_COMMANDS, guild + ":constitution", new ConfigureConstitution(guild,
                    variable, value, permissions, call.caller().ref()), Ack.EPHEMERAL_REPLY);
        }
        return Outcome.send(Topics.VOTING_COMMANDS, guild + ":constitution", new ConfigureConstitution(guild, null,
                null, permissions, call.caller().ref()), Ack.EPHEMERAL_REPLY);
    }
}
