package community.platform.gateway.voting;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.ManageCampaign;
import community.platform.contracts.voting.ManageCampaign.Action;
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
 * {@code /campaign create|scenario|approve|start}: campaigns of ordered stages whose scenarios members invest tokens
 * in. Keyed by {@code <guildId>:campaigns}; the voting service lets only members who may manage the server create,
 * approve and start (the member's permissions go along). Creating and starting answer in the channel (they announce);
 * submitting and approving answer the member alone.
 */
public final class CampaignCommand implements GatewayCommand {

    static final int MAX_TITLE = 100;
    static final int MAX_DETAILS = 1000;

    @Override
    public List<SlashCommandData> slashCommands() {
        OptionData campaign = new OptionData(OptionType.INTEGER, "campaign", "The campaign's number", true)
                .setMinValue(1);
        return List.of(Commands.slash("campaign", "Campaigns: stages of scenarios members invest tokens in")
                .addSubcommands(
                        new SubcommandData("create", "Create a campaign (Manage Server)").addOptions(
                                new OptionData(OptionType.STRING, "title", "What the campaign is", true)
                                        .setMaxLength(MAX_TITLE),
                                new OptionData(OptionType.INTEGER, "stages", "How many stages (1 to 10)", true)
                                        .setRequiredRange(1, 10),
                                new OptionData(OptionType.INTEGER, "hours", "How long each stage's vote runs", true)
                                        .setRequiredRange(1, 168)),
                        new SubcommandData("scenario", "Submit a scenario for a stage").addOptions(campaign,
                                new OptionData(OptionType.INTEGER, "stage", "The stage it is for", true)
                                        .setRequiredRange(1, 10),
                                new OptionData(OptionType.STRING, "title", "The scenario", true)
                                        .setMaxLength(MAX_TITLE),
                                new OptionData(OptionType.STRING, "details", "What it means")
                                        .setMaxLength(MAX_DETAILS)),
                        new SubcommandData("approve", "Approve a scenario (Manage Server)").addOptions(campaign,
                                new OptionData(OptionType.INTEGER, "scenario", "The scenario's number", true)
                                        .setMinValue(1)),
                        new SubcommandData("start", "Start the next stage (Manage Server)").addOptions(campaign)));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        var o = call.options();
        String guild = call.caller().guildId();
        String permissions = Long.toString(call.caller().permissions());
        Action action = switch (call.subcommand() == null ? "" : call.subcommand()) {
            case "create" -> Action.CREATE;
            case "scenario" -> Action.SUBMIT;
            case "approve" -> Action.APPROVE;
            case "start" -> Action.START;
            default -> null;
        };
        if (action == null) {
            return Outcome.refuse("Say what to do: create, scenario, approve or start.");
        }
        Integer number = action == Action.CREATE ? null : (int) o.required("campaign", 1, Integer.MAX_VALUE);
        String title = o.text("title", MAX_TITLE);
        if ((action == Action.CREATE || action == Action.SUBMIT) && title == null) {
            return Outcome.refuse("A " + (action == Action.CREATE ? "campaign" : "scenario") + " needs a title.");
        }
        ManageCampaign command = switch (action) {
            case CREATE -> new ManageCampaign(guild, action, call.caller().ref(), permissions, null, null, null, title,
                    null, (int) o.required("stages", 1, 10), (int) o.required("hours", 1, 168));
            case SUBMIT -> new ManageCampaign(guild, action, call.caller().ref(), permissions, number,
                    (int) o.required("stage", 1, 10), null, title, o.text("details", MAX_DETAILS), null, null);
            case APPROVE -> new ManageCampaign(guild, action, call.caller().ref(), permissions, number, null,
                    (int) o.required("scenario", 1, Integer.MAX_VALUE), null, null, null, null);
            case START -> new ManageCampaign(guild, action, call.caller().ref(), permissions, number, null, null, null,
                    null, null, null);
        };
        boolean announces = action == Action.CREATE || action == Action.START;
        return Outcome.send(Topics.VOTING_COMMANDS, ManageCampaign.key(guild), command,
                announces ? Ack.REPLY : Ack.EPHEMERAL_REPLY);
    }
}
