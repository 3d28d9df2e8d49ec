package community.platform.discord.emulator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A guild channel (text 0, voice 2, category 4) or a DM channel (1) with its messages, oldest first. */
public final class Channel {
    public static final int TEXT = 0;
    public static final int DM = 1;
    public static final int VOICE = 2;
    public static final int CATEGORY = 4;

    public final long id;
    public final long guildId;
    public final String name;
    public final int type;
    public final Long parentId;
    public final Long recipientId;
    public final List<Message> messages = new ArrayList<>();
    /** permission overwrites by role or member id (docs: resources/channel.mdx "Overwrite Structure") */
    public final Map<Long, Overwrite> overwrites = new LinkedHashMap<>();
    /** a text channel's topic (null: none) */
    public volatile String topic;

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
}
