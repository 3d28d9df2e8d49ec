package community.platform.gateway.raid;

import community.platform.contracts.Topics;
import community.platform.contracts.raid.CancelAllRaids;
import community.platform.contracts.raid.RequestBackup;
import community.platform.contracts.raid.ShowRaids;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The platform operators' commands: {@code /remote_guilds}, {@code /remote_raidlist guild},
 * {@code /remote_cancel_all_raids guild}, {@code /backup_db}. Only the user ids of {@code gateway.operators} may run
 * them, whatever their roles or permissions in a guild (a server's owner is no operator); anyone else is refused here,
 * before anything is recorded. Hidden from everyone but administrators in Discord's command list.
 */
public final class OperatorCommands implements GatewayCommand {

    static final String NOT_OPERATOR = "Only the platform's operators may run this command.";

    private final Set<String> operators;

    public OperatorCommands(Set<String> operators) {
        this.operators = Set.copyOf(operators);
    }

    @Override
    public List<SlashCommandData> slashCommands() {
        DefaultMemberPermissions hidden = DefaultMemberPermissions.DISABLED;
        OptionData guild = new OptionData(OptionType.STRING, "guild", "The server's id", true).setMinLength(17)
                .setMaxLength(20);
        return List.of(
                Commands.slash("remote_guilds", "Operators: the servers with raids").setDefaultPermissions(hidden),
                Commands.slash("remote_raidlist", "Operators: a server's open raids").setDefaultPermissions(hidden)
                        .addOptions(guild),
                Commands.slash("remote_cancel_all_raids", "Operators: cancel every open raid of a server")
                        .setDefaultPermissions(hidden).addOptions(guild),
                Commands.slash("backup_db", "Operators: back up every service's data now")
                        .setDefaultPermissions(hidden));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        var caller = call.caller();
        if (!operators.contains(caller.userId())) {
            return Outcome.refuse(NOT_OPERATOR);
        }
        String here = caller.guildId();
        String permissions = Long.toString(caller.permissions());
        if (call.name().equals("backup_db")) {
            return Outcome.send(Topics.RAID_COMMANDS, here + ":raids", new RequestBackup(here, caller.ref(), true),
                    Ack.EPHEMERAL_REPLY);
        }
        if (call.name().equals("remote_guilds")) {
            return Outcome.send(Topics.RAID_COMMANDS, here + ":raids", new ShowRaids(here, ShowRaids.What.REMOTE_GUILDS,
                    caller.ref(), permissions, null, null, true), Ack.EPHEMERAL_REPLY);
        }
        String target = call.options().text("guild", 20);
        if (target == null || !target.matches("[0-9]{17,20}")) {
            return Outcome.refuse("A server is named by its id (17 to 20 digits).");
        }
        return switch (call.name()) {
            case "remote_raidlist" -> Outcome.send(Topics.RAID_COMMANDS, here + ":raids", new ShowRaids(here,
                    ShowRaids.What.REMOTE_LIST, caller.ref(), permissions, null, target, true), Ack.EPHEMERAL_REPLY);
            case "remote_cancel_all_raids" -> Outcome.send(Topics.RAID_COMMANDS, target + ":raids",
                    new CancelAllRaids(here, target, caller.ref(), permissions, true), Ack.EPHEMERAL_REPLY);
            default -> Outcome.refuse("This command is not available.");
        };
    }
}
