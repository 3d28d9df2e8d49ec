package community.platform.gateway.events;

import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.EnrolGuild;
import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Every guild the bot serves is enrolled with the scheduler (its per-guild jobs start), each time the bot sees it:
 * {@code EnrolGuild} is idempotent.
 */
public final class GuildEnrolment extends ListenerAdapter {

    private final FactPublisher publisher;

    public GuildEnrolment(FactPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        enrol(event.getGuild());
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        enrol(event.getGuild());
    }

    private void enrol(Guild guild) {
        publisher.publishAll(Topics.SCHEDULER_COMMANDS, guild.getId(), List.of(new EnrolGuild(guild.getId())));
    }
}
