package community.platform.gateway.events;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.MembersListed;
import community.platform.contracts.discord.MessageDeleted;
import community.platform.contracts.discord.CountReactions;
import community.platform.contracts.discord.ReactionsCounted;
import community.platform.contracts.discord.ReactionsUncounted;
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
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.restaction.pagination.ReactionPaginationAction;
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
 * reactions of every tracked message ({@link ReactionsCounted}, the bot's own not counted; for a tracked emoji the
 * members who reacted, bots excluded; a tracked message that is gone is reported as {@link MessageDeleted} and no
 * longer tracked; one that cannot be read is reported {@link ReactionsUncounted} and stays tracked). Services repair from these what they missed
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
        executor.execute(() -> tracked.ofGuild(guild.getId()).forEach(t -> executor.execute(() ->
                countReactions(guild, t, null))));
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
        // members who can vote or be counted: bots never are
        List<String> ids = members.stream().filter(m -> !m.getUser().isBot()).map(Member::getId).sorted().toList();
        int chunks = Math.max(1, (ids.size() + CHUNK - 1) / CHUNK);
        List<MembersListed> listed = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            listed.add(new MembersListed(guildId, snapshotId, c, chunks,
                    ids.subList(c * CHUNK, Math.min(ids.size(), (c + 1) * CHUNK)), at));
        }
        facts.publishAll(Topics.DISCORD_EVENTS, guildId + ":members", listed);
    }

    /**
     * A service's {@code CountReactions}: these messages' members of one emoji, now, each answered with the request's
     * id. Runs on the reconciliation's executor; the action is done once the counting started.
     *
     * @return how many messages are being counted; -1 when the session does not have the guild (yet)
     */
    public int count(CountReactions request) {
        JDA client = jda;
        Guild guild = client == null ? null : client.getGuildById(request.guildId());
        if (guild == null) {
            return -1;
        }
        // a message per task: the executor's threads read several lists at once, up to Discord's limits
        request.messages().forEach(m -> executor.execute(() -> countReactions(guild, new Tracked(
                Long.parseLong(request.guildId()), Long.parseLong(m.channelId()), Long.parseLong(m.messageId()),
                request.emoji()), request.requestId())));
        return request.messages().size();
    }

    /**
     * Counts one tracked message's reactions (blocking: on the executor). A message that is gone is reported deleted
     * and no longer tracked; one that cannot be read (its channel missing, the bot not allowed to read it, Discord
     * failing) is reported uncounted and stays tracked: it may come back, and what counted it keeps its count.
     */
    private void countReactions(Guild guild, Tracked t, String requestId) {
        String messageId = Long.toString(t.messageId());
        String channelId = Long.toString(t.channelId());
        GuildMessageChannel channel = guild.getChannelById(GuildMessageChannel.class, t.channelId());
        if (channel == null) {
            uncounted(guild.getId(), channelId, messageId, "the channel is missing", requestId);
            return;
        }
        Instant startedAt = clock.instant();
        try {
            if (t.emoji() == null) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (MessageReaction r : channel.retrieveMessageById(messageId).complete().getReactions()) {
                    int others = r.getCount() - (r.isSelf() ? 1 : 0);
                    if (others > 0) {
                        counts.put(r.getEmoji().getAsReactionCode(), others);
                    }
                }
                facts.publish(messageId, new ReactionsCounted(guild.getId(), channelId, messageId, counts,
                        clock.instant(), null, null, requestId, startedAt));
                return;
            }
            List<String> members = members(channel, messageId, t.emoji());
            facts.publish(messageId, new ReactionsCounted(guild.getId(), channelId, messageId,
                    members.isEmpty() ? Map.of() : Map.of(t.emoji(), members.size()), clock.instant(), t.emoji(),
                    members, requestId, startedAt));
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
                tracked.untrack(messageId);
                facts.publish(messageId, new MessageDeleted(guild.getId(), channelId, messageId, clock.instant(),
                        requestId));
            } else {
                uncounted(guild.getId(), channelId, messageId, e.getErrorResponse() == ErrorResponse.UNKNOWN_CHANNEL
                        ? "the channel is missing" : "Discord refused: " + e.getMeaning() + " (" + e.getErrorCode()
                        + ")", requestId);
            }
        } catch (InsufficientPermissionException e) {
            // JDA knows the bot's permissions and refuses before asking Discord, which would answer 50001 or 50013
            uncounted(guild.getId(), channelId, messageId, "the bot may not read the channel (it lacks "
                    + e.getPermission().getName() + ")", requestId);
        } catch (RuntimeException e) {
            log.warn("reactions of message {} not counted", messageId, e);
            uncounted(guild.getId(), channelId, messageId, "not counted: " + e, requestId);
        }
    }

    /**
     * The members who reacted with {@code emoji}, bots excluded: Discord's list page by page, 100 users each, until a
     * page is short (so n reactions take n / 100 + 1 requests, the fewest that show the list has ended).
     */
    static List<String> members(GuildMessageChannel channel, String messageId, String emoji) {
        ReactionPaginationAction pages = channel.retrieveReactionUsersById(messageId, emojiOf(emoji));
        pages.limit(PAGE);
        List<String> members = new ArrayList<>();
        List<User> page;
        do {
            page = pages.complete();
            page.stream().filter(u -> !u.isBot()).forEach(u -> members.add(u.getId()));
        } while (page.size() == PAGE);
        return members;
    }

    static final int PAGE = 100;
    private static final java.util.regex.Pattern CUSTOM = java.util.regex.Pattern.compile("(\\w+):(\\d+)");

    /** The emoji of a reaction code: {@code name:id} for a custom one, else unicode. */
    public static Emoji emojiOf(String code) {
        var custom = CUSTOM.matcher(code);
        return custom.matches() ? Emoji.fromCustom(custom.group(1), Long.parseLong(custom.group(2)), false)
                : Emoji.fromUnicode(code);
    }

    private void uncounted(String guildId, String channelId, String messageId, String reason, String requestId) {
        log.info("reactions of message {} in channel {} not counted: {}", messageId, channelId, reason);
        facts.publish(messageId, new ReactionsUncounted(guildId, channelId, messageId, reason, requestId,
                clock.instant()));
    }
}
