package community.platform.discord.emulator.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A guild channel (text 0, voice 2, category 4, announcement 5), a thread in one (public 11, announcement thread 10;
 * {@code parentId} its channel) or a DM channel (1) with its messages, oldest first.
 */
public final class Channel {
    public static final int TEXT = 0;
    public static final int DM = 1;
    public static final int VOICE = 2;
    public static final int CATEGORY = 4;
    public static final int ANNOUNCEMENT = 5;
    public static final int ANNOUNCEMENT_THREAD = 10;
    public static final int PUBLIC_THREAD = 11;
    /** the minutes of inactivity after which a thread leaves the channel list (channel.mdx "Start Thread from Message") */
    public static final Set<Integer> AUTO_ARCHIVE_DURATIONS = Set.of(60, 1440, 4320, 10080);
    /** "amount of seconds a user has to wait before sending another message (0-21600)" */
    public static final int MAX_RATE_LIMIT_PER_USER = 21600;

    public final long id;
    public final long guildId;
    /** a thread's name changes (Modify Channel); a channel's does not in the emulator */
    public volatile String name;
    public final int type;
    /** a channel's category, a thread's channel */
    public final Long parentId;
    public final Long recipientId;
    public final List<Message> messages = new ArrayList<>();
    /** permission overwrites by role or member id (docs: resources/channel.mdx "Overwrite Structure") */
    public final Map<Long, Overwrite> overwrites = new LinkedHashMap<>();
    /** a text channel's topic (null: none) */
    public volatile String topic;

    // ---- threads (topics/threads.mdx "Thread Fields"); read and changed under the world's lock ----

    /** who started the thread */
    public Long ownerId;
    public boolean archived;
    public boolean locked;
    public int autoArchiveDuration = 1440;
    /** "changed when creating, archiving, or unarchiving a thread, and when changing the auto_archive_duration" */
    public Instant archiveTimestamp;
    public Instant createdAt;
    public int rateLimitPerUser;
    /** messages in the thread now (deletes count down), and ever sent (they do not) */
    public int messageCount;
    public int totalMessageSent;
    public Long lastMessageId;
    /** the thread's members (user id -> when they joined): its starter and whoever posted in it */
    public final Map<Long, Instant> threadMembers = new LinkedHashMap<>();

    /** An overwrite of a role ({@code type} 0; @everyone's id is the guild's) or of a member (1). */
    public record Overwrite(long id, int type, long allow, long deny) {
        public static final int ROLE = 0;
        public static final int MEMBER = 1;
    }

    public Channel(long id, long guildId, String name, int type, Long parentId, Long recipientId) {
        this.id = id;
        this.guildId = guildId;
        this.name = name;
        this.type = type;
        this.parentId = parentId;
        this.recipientId = recipientId;
    }

    /**
     * A thread started now in {@code parent} by {@code owner}, who is its first member: public in a text channel,
     * an announcement thread in an announcement channel (topics/threads.mdx "Public &amp; Private Threads").
     */
    public static Channel thread(long id, Channel parent, String name, long owner, int autoArchiveDuration,
                                 int rateLimitPerUser) {
        Channel t = new Channel(id, parent.guildId, name, parent.type == ANNOUNCEMENT ? ANNOUNCEMENT_THREAD
                : PUBLIC_THREAD, parent.id, null);
        Instant now = Instant.now();
        t.ownerId = owner;
        t.autoArchiveDuration = autoArchiveDuration;
        t.rateLimitPerUser = rateLimitPerUser;
        t.createdAt = now;
        t.archiveTimestamp = now;
        t.threadMembers.put(owner, now);
        return t;
    }

    public boolean isThread() {
        return type == PUBLIC_THREAD || type == ANNOUNCEMENT_THREAD;
    }

    /** A channel threads can be started in. */
    public boolean holdsThreads() {
        return type == TEXT || type == ANNOUNCEMENT;
    }
}
