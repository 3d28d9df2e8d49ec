package community.platform.gateway.events;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.MembersListed;
import community.platform.contracts.discord.MessageDeleted;
import community.platform.contracts.discord.ReactionsCounted;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.gateway.events.TrackedMessages.Tracked;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.MessageReaction;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord is the source of truth. On start (each guild ready) and on every {@code discord-reconciliation} run of the
 * scheduler the gateway publishes, for the guild, the member list ({@link MembersListed}, chunks of 1,000) and the
 * reactions of every tracked message ({@link ReactionsCounted}, the bot's own not counted; a tracked message that is
 * gone is reported as {@link MessageDeleted} and no longer tracked). Services repair from these what they missed
 * while events were lost (the gateway down, a reaction removed in bulk).
 */
public final class Reconciliation extends ListenerAdapter {

    public static final String JOB = "discord-reconciliation";
    static final int CHUNK = 1000;
    /** Discord: "1 request per guild per bot every 30 seconds" for all of a guild's members (and a margin) */
    static final java.time.Duration MEMBERS_INTERVAL = java.time.Duration.ofSeconds(31);
    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final FactPublisher facts;
    private final TrackedMessages tracked;
    private final Executor executor;
    private final Clock clock;
    /** when each guild's members were last requested (or will be, for a deferred request) */
    private final Map<String, Long> membersRequests = new ConcurrentHashMap<>();
    private final Set<String> deferred = ConcurrentHashMap.newKeySet();
    /** the session's client, known once a guild is ready (this listener is part of the client it uses) */
    private volatile JDA jda;

    public Reconciliation(FactPublisher facts, TrackedMessages tracked, Executor executor, Clock clock) {
        this.facts = facts;
        this.tracked = tracked;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        jda = event.getJDA();
        reconcile(event.getGuild());
    }

    /** A {@code discord-reconciliation} run for one guild (other jobs are not the gateway's). */
    public void onTick(JobTicked tick) {
        if (!JOB.equals(tick.job())) {
            return;
        }
        JDA client = jda;
        Guild guild = client == null ? null : client.getGuildById(tick.guildId());
        if (guild == null) {
            log.info("reconciliation of guild {} skipped: not connected to it", tick.guildId());
            return;
        }
        reconcile(guild);
    }

    private void reconcile(Guild guild) {
        requestMembers(guild.getId());
        executor.execute(() -> tracked.ofGuild(guild.getId()).forEach(t -> countReactions(guild, t)));
    }

    /**
     * Asks Discord for every member of the guild, at most once per {@link #MEMBERS_INTERVAL}: Discord answers a second
     * request within 30 s with a RATE_LIMITED dispatch that JDA does not report (its request would just time out), so a
     * run that comes sooner waits for its turn, and runs that pile up meanwhile make one request.
     */
    private void requestMembers(String guildId) {
        // real time, whatever clock the facts carry: this is Discord's limit
        long now = System.nanoTime();
        boolean[] requestNow = {false};
        long last = membersRequests.compute(guildId, (g, before) -> {
            if (before == null || now - before >= MEMBERS_INTERVAL.toNanos()) {
                requestNow[0] = true;
                return now;
            }
            return before;
        });
        if (requestNow[0]) {
            Guild guild = jda == null ? null : jda.getGuildById(guildId);
            if (guild != null) {
                guild.loadMembers().onSuccess(members -> listMembers(guildId, members)).onError(e -> log.warn(
                        "members of guild {} not listed", guildId, e));
            }
        } else if (deferred.add(guildId)) {
            long waitNanos = last + MEMBERS_INTERVAL.toNanos() - now;
            log.info("members of guild {} asked for again within {}: listed in {} ms", guildId, MEMBERS_INTERVAL,
                    waitNanos / 1_000_000);
            CompletableFuture.delayedExecutor(waitNanos, TimeUnit.NANOSECONDS, executor).execute(() -> {
                deferred.remove(guildId);
                requestMembers(guildId);
            });
        }
    }

    private void listMembers(String guildId, List<Member> members) {
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

    private void countReactions(Guild guild, Tracked t) {
        String messageId = Long.toString(t.messageId());
        GuildMessageChannel channel = guild.getChannelById(GuildMessageChannel.class, t.channelId());
        if (channel == null) {
            gone(guild.getId(), Long.toString(t.channelId()), messageId);
            return;
        }
        channel.retrieveMessageById(messageId).queue(message -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (MessageReaction r : message.getReactions()) {
                int others = r.getCount() - (r.isSelf() ? 1 : 0);
                if (others > 0) {
                    counts.put(r.getEmoji().getAsReactionCode(), others);
                }
            }
            facts.publish(messageId, new ReactionsCounted(guild.getId(), channel.getId(), messageId, counts,
                    clock.instant()));
        }, failure -> {
            if (failure instanceof ErrorResponseException e && e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
                gone(guild.getId(), channel.getId(), messageId);
            } else {
                log.warn("reactions of message {} not counted", messageId, failure);
            }
        });
    }

    private void gone(String guildId, String channelId, String messageId) {
        executor.execute(() -> tracked.untrack(messageId));
        facts.publish(messageId, new MessageDeleted(guildId, channelId, messageId, clock.instant()));
    }
}
