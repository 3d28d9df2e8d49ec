package community.platform.gateway.discord;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Registers the platform's commands (a bulk overwrite, globally or per guild) once the session is ready, and says
 * whether Discord took them: health {@code discordCommands} is UNKNOWN until Discord answers, UP with the count, DOWN
 * with Discord's own error (its 50035 names the field that is wrong) when refused. A refused registration leaves
 * members with no commands at all, so it is an error in the log, never a warning to skip.
 */
public final class CommandRegistration extends ListenerAdapter implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(CommandRegistration.class);

    private final List<CommandData> commands;
    private final boolean perGuild;
    private final AtomicReference<Health> state = new AtomicReference<>(Health.unknown()
            .withDetail("registration", "waiting for the Discord session").build());

    public CommandRegistration(List<CommandData> commands, boolean perGuild) {
        this.commands = List.copyOf(commands);
        this.perGuild = perGuild;
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        if (perGuild) {
            jda.getGuilds().forEach(g -> register(g.updateCommands(), "guild " + g.getId()));
        } else {
            register(jda.updateCommands(), "global");
        }
    }

    /** Registers the commands in a guild the bot joins later (per-guild registration only). */
    @Override
    public void onGuildJoin(net.dv8tion.jda.api.events.guild.GuildJoinEvent event) {
        if (perGuild) {
            Guild g = event.getGuild();
            register(g.updateCommands(), "guild " + g.getId());
        }
    }

    private void register(CommandListUpdateAction update, String scope) {
        update.addCommands(commands).queue(ok -> {
            log.info("{} commands registered ({})", ok.size(), scope);
            state.set(Health.up().withDetail("registered", ok.size()).withDetail("scope", perGuild ? "guild"
                    : "global").build());
        }, failure -> {
            String why = failure instanceof ErrorResponseException e
                    ? e.getErrorCode() + " " + e.getMeaning() + " " + e.getSchemaErrors() : failure.toString();
            log.error("Discord refused the commands ({}): {}; members cannot run any of them", scope, why, failure);
            state.set(Health.down().withDetail("refused", why).withDetail("scope", scope).build());
        });
    }

    @Override
    public Health health() {
        return state.get();
    }
}
