package community.platform.gateway.interaction;

import community.platform.contracts.discord.InteractionRef;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.context.MessageContextInteraction;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;

/**
 * A feature's Discord surface in the gateway: the slash and message commands it declares and how its interactions become typed
 * commands. Implementations are pure translation: no blocking, no state (a custom id carries the entity it acts on,
 * so a button works after any restart).
 */
public interface GatewayCommand {

    /** Slash commands to register with Discord. */
    List<SlashCommandData> slashCommands();

    /** Message commands (a message's "Apps" menu) to register with Discord. */
    default List<CommandData> messageCommands() {
        return List.of();
    }

    /** The custom-id prefixes of its buttons, selects and forms ({@code "voting:ballot"}). */
    Set<String> customIdPrefixes();

    default Outcome onSlash(SlashCommandInteraction interaction, InteractionRef ref) {
        return Outcome.refuse("This command is not available.");
    }

    default Outcome onMessageCommand(MessageContextInteraction interaction, InteractionRef ref) {
        return Outcome.refuse("This command is not available.");
    }

    /** @param customId the custom id split at ':' */
    default Outcome onComponent(List<String> customId, ComponentInteraction interaction, InteractionRef ref) {
        return Outcome.refuse("This button is not available any more.");
    }

    default Outcome onModal(List<String> customId, ModalInteraction interaction, InteractionRef ref) {
        return Outcome.refuse("This form is not available any more.");
    }
}
