package community.platform.gateway.events;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.MembersListed;
import community.platform.contracts.scheduler.JobTicked;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord is the source of truth for who is in a guild: on start (each guild ready) and on every
 * {@code discord-reconciliation} tick of the scheduler the gateway asks Discord for the member list and publishes it
 * as {@link MembersListed} chunks, which services use to repair what they missed (a leave while the gateway was down).
 */
public final class MemberReconciliation extends ListenerAdapter {

    public static final String JOB = "discord-reconciliation";
    static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(MemberReconciliation.class);

    private final FactPublisher facts;
    private final Clock clock;
    /** the session's client, known once a guild is ready (this listener is part of the client it uses) */
    private volatile JDA jda;

    public MemberReconciliation(FactPublisher facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        jda = event.getJDA();
        list(event.getGuild());
    }

    /** A {@code discord-reconciliation} run for one guild (other jobs are not the gateway's). */
    public void onTick(JobTicked tick) {
        if (!JOB.equals(tick.job())) {
            return;
        }
        JDA client = jda;
        if (client == null) {
            log.info("reconciliation of guild {} skipped: not connected to Discord yet", tick.guildId());
            return;
        }
        Guild guild = client.getGuildById(tick.guildId());
        if (guild == null) {
            log.info("reconciliation of guild {} skipped: the bot is not in it", tick.guildId());
            return;
        }
        list(guild);
    }

    private void list(Guild guild) {
        guild.loadMembers().onSuccess(members -> publish(guild.getId(), members)).onError(e -> log.warn(
                "members of guild {} not listed", guild.getId(), e));
    }

    private void publish(String guildId, List<Member> members) {
        Instant at = clock.instant();
        String snapshotId = guildId + "-" + at;
        List<String> ids = members.stream().map(Member::getId).sorted().toList();
        int chunks = Math.max(1, (ids.size() + CHUNK - 1) / CHUNK);
        List<MembersListed> listed = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            listed.add(new MembersListed(guildId, snapshotId, c, chunks,
                    ids.subList(c * CHUNK, Math.min(ids.size(), (c + 1) * CHUNK)), at));
        }
        facts.publishAll(Topics.DISCORD_EVENTS, guildId + ":members", listed);
    }
}
