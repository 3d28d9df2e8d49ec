package community.platform.gateway.interaction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * Finds the command that owns a slash command, a message command or a custom id; two may not claim the same one.
 */
public final class InteractionRouter {

    private final Map<String, GatewayCommand> bySlashName = new HashMap<>();
    private final Map<String, GatewayCommand> byMessageCommand = new HashMap<>();
    private final Map<String, GatewayCommand> byPrefix = new HashMap<>();
    private final List<GatewayCommand> commands;

    public InteractionRouter(List<GatewayCommand> commands) {
        this.commands = List.copyOf(commands);
        for (GatewayCommand c : commands) {
            for (SlashCommandData data : c.slashCommands()) {
                claim(bySlashName, data.getName(), c);
            }
            for (CommandData data : c.messageCommands()) {
                claim(byMessageCommand, data.getName(), c);
            }
            for (String prefix : c.customIdPrefixes()) {
                if (prefix.split(":").length != 2) {
                    throw new IllegalArgumentException("custom-id prefix '" + prefix + "' must be <owner>:<verb>");
                }
                claim(byPrefix, prefix, c);
            }
        }
    }

    private static void claim(Map<String, GatewayCommand> map, String name, GatewayCommand c) {
        GatewayCommand earlier = map.putIfAbsent(name, c);
        if (earlier != null) {
            throw new IllegalStateException("'" + name + "' is claimed by " + earlier.getClass().getSimpleName()
                    + " and " + c.getClass().getSimpleName());
        }
    }

    /** Every command to register with Discord: slash commands and message commands. */
    public List<CommandData> commands() {
        return commands.stream().flatMap(c -> Stream.concat(c.slashCommands().stream(), c.messageCommands().stream()))
                .toList();
    }

    public Optional<GatewayCommand> forSlash(String name) {
        return Optional.ofNullable(bySlashName.get(name));
    }

    public Optional<GatewayCommand> forMessageCommand(String name) {
        return Optional.ofNullable(byMessageCommand.get(name));
    }

    /** The owner of a custom id {@code <owner>:<verb>:...}. */
    public Optional<GatewayCommand> forCustomId(String customId) {
        String[] parts = customId.split(":", 3);
        return parts.length < 2 ? Optional.empty() : Optional.ofNullable(byPrefix.get(parts[0] + ":" + parts[1]));
    }
}
