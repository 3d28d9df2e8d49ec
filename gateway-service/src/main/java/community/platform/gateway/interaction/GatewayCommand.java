package community.platform.gateway.interaction;

import community.platform.contracts.discord.CustomId;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * One slash command, message command or component family of a feature: what it declares to Discord and how its
 * interactions become typed commands. Pure translation from {@link Calls} to an {@link Outcome}: no blocking, no
 * state (a custom id carries the entity it acts on, so a button works after any restart).
 */
public interface GatewayCommand {

    /** Slash commands to register with Discord. */
    default List<SlashCommandData> slashCommands() {
        return List.of();
    }

    /** Message commands (a message's "Apps" menu) to register with Discord. */
    default List<CommandData> messageCommands() {
        return List.of();
    }

    /** The custom-id prefixes ({@code <owner>:<verb>}) of its buttons, selects and forms. */
    default Set<String> customIdPrefixes() {
        return Set.of();
    }

    /**
     * Whether its components also work in the bot's DMs with members (a ballot sent by DM). Its translation then sees
     * a caller without a guild, and must send the command with the entity the custom id names, never a guild taken
     * from the DM.
     */
    default boolean acceptsDirect() {
        return false;
    }

    default Outcome onSlash(Calls.Slash call) {
        return Outcome.refuse("This command is not available.");
    }

    default Outcome onMessage(Calls.OnMessage call) {
        return Outcome.refuse("This command is not available.");
    }

    default Outcome onComponent(Calls.Component call) {
        return Outcome.refuse(CustomId.NOT_RECOGNISED);
    }

    default Outcome onForm(Calls.Form call) {
        return Outcome.refuse("This form is not available any more.");
    }
}
