package community.platform.gateway.action;

import community.platform.contracts.discord.PostInThread;
import community.platform.gateway.action.ActionPerformer.Performed;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Posting in a channel's thread ({@link PostInThread}): the thread named by id if it still exists, else the channel's
 * thread of that name, else a new one started from a starter message. JDA caches active threads only, so an archived
 * thread is looked up among the channel's archived public threads; Discord reopens it when the message is posted.
 */
final class ThreadActions {

    /** How many archived threads are looked through at most (newest first), a page of 100 at a time. */
    static final int ARCHIVED_LOOKUP = 1_000;

    private ThreadActions() {
    }

    static Performed post(JDA jda, PostInThread a, UUID actionId) {
        Guild guild = ActionPerformer.guild(jda, a.guildId());
        TextChannel parent = guild.getTextChannelById(a.channelId());
        if (parent == null) {
            throw ActionFailed.notSeenYet(10003, "no text channel " + a.channelId() + " in guild " + a.guildId());
        }
        Optional<ThreadChannel> found = a.threadId() == null ? Optional.empty()
                : find(guild, parent, t -> t.getId().equals(a.threadId()));
        if (found.isEmpty()) {
            found = find(guild, parent, t -> t.getName().equals(a.threadName()));
        }
        String how = "in thread ";
        ThreadChannel thread;
        if (found.isPresent()) {
            thread = found.get();
        } else {
            Message starter = parent.sendMessage(DiscordMessages.create(a.starter()))
                    .setNonce(ActionPerformer.nonce(actionId)).complete();
            thread = start(guild, starter, a.threadName());
            how = "in new thread ";
        }
        Message posted = thread.sendMessage(DiscordMessages.create(a.message())).complete();
        return new Performed("posted message " + posted.getId() + " " + how + thread.getId(), posted.getId(),
                thread.getId());
    }

    private static ThreadChannel start(Guild guild, Message starter, String name) {
        try {
            return starter.createThreadChannel(name).complete();
        } catch (ErrorResponseException e) {
            // a thread from this message exists already (the answer to an earlier attempt was lost): it is ours
            ThreadChannel existing = guild.getThreadChannelById(starter.getId());
            if (e.getErrorCode() == 160004 && existing != null) {
                return existing;
            }
            throw e;
        }
    }

    /** The active thread that matches (the oldest), else the newest archived one that does. */
    private static Optional<ThreadChannel> find(Guild guild, TextChannel parent, Predicate<ThreadChannel> matches) {
        Optional<ThreadChannel> active = parent.getThreadChannels().stream().filter(matches)
                .min(Comparator.comparingLong(ThreadChannel::getIdLong));
        if (active.isPresent()) {
            return active;
        }
        AtomicReference<ThreadChannel> archived = new AtomicReference<>();
        int[] seen = {0};
        try {
            parent.retrieveArchivedPublicThreadChannels().forEachRemaining(t -> {
                if (matches.test(t)) {
                    archived.set(t);
                    return false;
                }
                return ++seen[0] < ARCHIVED_LOOKUP;
            });
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() != ErrorResponse.MISSING_ACCESS) {
                throw e;
            }
        }
        return Optional.ofNullable(archived.get());
    }
}
