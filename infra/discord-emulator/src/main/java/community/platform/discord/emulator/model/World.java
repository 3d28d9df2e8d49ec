package community.platform.discord.emulator.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;

/**
 * Everything the emulated Discord holds. Every read and change happens while holding the world's monitor
 * ({@code synchronized (world)}): the emulator answers one request at a time per world, which keeps its rules
 * (one acknowledgement, nonces, rate limits) exact and is fast enough for hundreds of clicks a second.
 */
public final class World {

    public final User bot;
    public final long applicationId;
    public final String token;
    public final Map<Long, Guild> guilds = new LinkedHashMap<>();
    public final Map<Long, User> users = new LinkedHashMap<>();
    /** every channel, guild and DM, by id */
    public final Map<Long, Channel> channels = new LinkedHashMap<>();
    public final Map<Long, Message> messages = new LinkedHashMap<>();
    public final Map<Long, Interaction> interactions = new LinkedHashMap<>();
    public final Map<String, Interaction> interactionsByToken = new LinkedHashMap<>();
    /** DM channel of each user with the bot */
    public final Map<Long, Channel> dmChannels = new LinkedHashMap<>();
    public final Map<String, Message> messagesByNonce = new LinkedHashMap<>();
    /** registered commands: key 0 = global, else guild id */
    public final Map<Long, ArrayNode> commands = new LinkedHashMap<>();
    /** appended by every request; copied under its own lock when read */
    public final List<BotCall> calls = Collections.synchronizedList(new ArrayList<>());

    public World(String botName, String token) {
        this.bot = new User(Snowflakes.next(), botName, true);
        this.applicationId = bot.id;
        this.token = token;
        users.put(bot.id, bot);
    }

    public Guild guild(long id) {
        Guild g = guilds.get(id);
        if (g == null) {
            throw new DiscordError(404, 10004, "Unknown Guild");
        }
        return g;
    }

    /**
     * A guild channel deleted, its messages and threads with it (their messages too); the guild's AFK channel no
     * more, if it was.
     */
    public void removeChannel(Guild g, Channel c) {
        g.channels.remove(c.id);
        channels.remove(c.id);
        c.messages.forEach(m -> messages.remove(m.id));
        List.copyOf(g.threads.values()).stream().filter(t -> t.parentId == c.id).forEach(t -> removeThread(g, t));
        if (Long.valueOf(c.id).equals(g.afkChannelId)) {
            g.afkChannelId = null;
        }
    }

    /** A thread started (its id taken by no channel yet). */
    public void addThread(Guild g, Channel thread) {
        g.threads.put(thread.id, thread);
        channels.put(thread.id, thread);
    }

    /** A thread deleted with its messages. */
    public void removeThread(Guild g, Channel thread) {
        g.threads.remove(thread.id);
        channels.remove(thread.id);
        thread.messages.forEach(m -> messages.remove(m.id));
    }

    /** The thread started from a message (its id is the message's), or null. */
    public Channel threadOf(Message m) {
        Channel t = channels.get(m.id);
        return t != null && t.isThread() && t.parentId == m.channelId ? t : null;
    }

    /**
     * Activity un-archives a thread (threads.mdx "Active &amp; Archived Threads": "Sending a message will
     * automatically unarchive the thread, unless the thread has been locked by a moderator"): archived false, a new
     * archive_timestamp. True when it was archived; the caller dispatches THREAD_UPDATE.
     */
    public boolean unarchive(Channel thread) {
        if (!thread.archived) {
            return false;
        }
        thread.archived = false;
        thread.archiveTimestamp = Instant.now();
        return true;
    }

    /** A message deleted from its channel (a thread counts it off its message_count, not its total_message_sent). */
    public void removeMessage(Channel c, Message m) {
        if (c.messages.remove(m) && c.isThread() && m.visibleTo == null) {
            c.messageCount = Math.max(0, c.messageCount - 1);
        }
        messages.remove(m.id);
    }

    /**
     * A message stored in its channel at its place by id (channels list their messages oldest first); in a thread it
     * counts, moves last_message_id and makes its author a member.
     */
    public void addMessage(Channel c, Message m) {
        int at = c.messages.size();
        while (at > 0 && Long.compareUnsigned(c.messages.get(at - 1).id, m.id) > 0) {
            at--;
        }
        c.messages.add(at, m);
        messages.put(m.id, m);
        if (c.isThread() && m.visibleTo == null) {
            c.messageCount++;
            c.totalMessageSent++;
            if (c.lastMessageId == null || Long.compareUnsigned(m.id, c.lastMessageId) > 0) {
                c.lastMessageId = m.id;
            }
            c.threadMembers.putIfAbsent(m.authorId, m.createdAt);
        }
    }

    public Channel channel(long id) {
        Channel c = channels.get(id);
        if (c == null) {
            throw new DiscordError(404, 10003, "Unknown Channel");
        }
        return c;
    }

    public Message message(Channel channel, long id) {
        Message m = messages.get(id);
        // ephemeral messages are reached through their interaction's webhook only
        if (m == null || m.channelId != channel.id || m.visibleTo != null) {
            throw new DiscordError(404, 10008, "Unknown Message");
        }
        return m;
    }

    public Member member(Guild guild, long userId) {
        Member m = guild.members.get(userId);
        if (m == null) {
            throw new DiscordError(404, 10007, "Unknown Member");
        }
        return m;
    }

    public List<Message> visibleMessages(Channel channel, Long viewer) {
        List<Message> out = new ArrayList<>();
        for (Message m : channel.messages) {
            if (m.visibleTo == null || m.visibleTo.equals(viewer)) {
                out.add(m);
            }
        }
        return out;
    }
}
