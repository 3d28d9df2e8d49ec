package community.platform.discord.emulator.script;

import community.platform.discord.emulator.model.Channel;
import community.platform.discord.emulator.model.World;
import java.time.Instant;
import java.util.List;

/**
 * A thread as a member sees it (topics/threads.mdx): its id (a thread started from a message has the message's id),
 * name, the channel it is in, who started it, whether it is archived or locked, its auto-archive duration in minutes,
 * when it was last archived or un-archived, and its messages, oldest first (ephemeral ones left out).
 */
public record ThreadView(long id, String name, long parentId, long ownerId, boolean archived, boolean locked,
                         int autoArchiveDuration, Instant archiveTimestamp, List<MessageView> messages) {

    /** Holds the world's lock. */
    static ThreadView of(Channel t, World w) {
        return new ThreadView(t.id, t.name, t.parentId, t.ownerId, t.archived, t.locked, t.autoArchiveDuration,
                t.archiveTimestamp, w.visibleMessages(t, null).stream().map(m -> MessageView.of(m, w)).toList());
    }

    /** The newest message in the thread; throws when it has none. */
    public MessageView lastMessage() {
        if (messages.isEmpty()) {
            throw new IllegalStateException("thread '" + name + "' has no messages");
        }
        return messages.get(messages.size() - 1);
    }

    /** "What does the thread show now": every message as text, one block each. */
    public String text() {
        StringBuilder out = new StringBuilder("🧵 ").append(name).append(archived ? " (archived)" : "")
                .append(locked ? " (locked)" : "").append('\n');
        messages.forEach(m -> out.append(m.text()).append('\n'));
        return out.toString();
    }
}
