package community.platform.discord.emulator.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;

/** A message in a channel. An ephemeral one ({@code visibleTo} set) is seen only by that member. */
public final class Message {
    public final long id;
    public final long channelId;
    public final long authorId;
    public final Instant createdAt;
    public final String nonce;
    /** the interaction this message answers, if any */
    public final Interaction interaction;
    public final Long visibleTo;
    public String content;
    public ArrayNode embeds;
    public ArrayNode components;
    /** files uploaded with it, in order */
    public java.util.List<Attachment> attachments = java.util.List.of();
    public Instant editedAt;
    /** a deferred reply's "thinking..." state (flag LOADING, 128) until its first edit */
    public boolean loading;
    /** emoji -> users who reacted, in reaction order */
    public final Map<String, Set<Long>> reactions = new LinkedHashMap<>();

    public Message(long id, long channelId, long authorId, Instant createdAt, String nonce, Interaction interaction,
                   Long visibleTo) {
        this.id = id;
        this.channelId = channelId;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.nonce = nonce;
        this.interaction = interaction;
        this.visibleTo = visibleTo;
    }

    public Set<Long> reactors(String emoji) {
        return reactions.computeIfAbsent(emoji, e -> new LinkedHashSet<>());
    }
}
