package community.platform.discord.emulator.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord's JSON for the emulator's objects, with every field JDA 6 requires (see Discord's API documentation and
 * JDA's EntityBuilder; a field JDA misses drops the whole event).
 */
public final class Payloads {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Payloads() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static String id(long id) {
        return Long.toUnsignedString(id);
    }

    public static ObjectNode user(User u) {
        ObjectNode n = object();
        n.put("id", id(u.id));
        n.put("username", u.name);
        n.put("discriminator", "0000");
        if (u.globalName != null) {
            n.put("global_name", u.globalName);
        } else {
            n.putNull("global_name");
        }
        n.putNull("avatar");
        n.put("bot", u.bot);
        n.put("public_flags", 0);
        return n;
    }

    public static ObjectNode selfUser(World w) {
        ObjectNode n = user(w.bot);
        n.put("verified", true);
        n.put("mfa_enabled", false);
        n.put("flags", 0);
        n.putNull("email");
        n.put("locale", "en-US");
        return n;
    }

    public static ObjectNode role(Role r) {
        ObjectNode n = object();
        n.put("id", id(r.id));
        n.put("name", r.name);
        n.put("color", r.color);
        ObjectNode colors = n.putObject("colors");
        colors.put("primary_color", r.color);
        colors.putNull("secondary_color");
        colors.putNull("tertiary_color");
        n.put("hoist", r.hoist);
        n.putNull("icon");
        n.putNull("unicode_emoji");
        n.put("position", r.position);
        n.put("permissions", Long.toString(r.permissions));
        n.put("managed", false);
        n.put("mentionable", r.mentionable);
        n.put("flags", 0);
        return n;
    }

    public static ObjectNode member(Member m) {
        ObjectNode n = object();
        n.set("user", user(m.user));
        if (m.nick != null) {
            n.put("nick", m.nick);
        } else {
            n.putNull("nick");
        }
        n.putNull("avatar");
        ArrayNode roles = n.putArray("roles");
        m.roleIds.forEach(r -> roles.add(id(r)));
        n.put("joined_at", m.joinedAt.toString());
        n.putNull("premium_since");
        n.put("deaf", false);
        n.put("mute", false);
        n.put("flags", 0);
        n.put("pending", false);
        if (m.timeoutUntil != null) {
            n.put("communication_disabled_until", m.timeoutUntil.toString());
        } else {
            n.putNull("communication_disabled_until");
        }
        return n;
    }

    public static ObjectNode channel(Channel c, World w) {
        if (c.isThread()) {
            return thread(c);
        }
        ObjectNode n = object();
        n.put("id", id(c.id));
        n.put("type", c.type);
        n.put("flags", 0);
        if (c.type == Channel.DM) {
            n.putNull("last_message_id");
            n.putArray("recipients").add(user(w.users.get(c.recipientId)));
            return n;
        }
        n.put("guild_id", id(c.guildId));
        n.put("name", c.name);
        n.put("position", (int) (c.id % 1000));
        ArrayNode overwrites = n.putArray("permission_overwrites");
        c.overwrites.values().forEach(o -> overwrites.addObject().put("id", id(o.id())).put("type", o.type())
                .put("allow", Long.toString(o.allow())).put("deny", Long.toString(o.deny())));
        if (c.parentId != null) {
            n.put("parent_id", id(c.parentId));
        } else {
            n.putNull("parent_id");
        }
        n.put("nsfw", false);
        if (c.type == Channel.TEXT || c.type == Channel.ANNOUNCEMENT) {
            n.put("topic", c.topic);
            n.put("rate_limit_per_user", 0);
            n.putNull("last_message_id");
        } else if (c.type == Channel.VOICE) {
            n.put("bitrate", 64000);
            n.put("user_limit", 0);
            n.putNull("rtc_region");
            n.put("rate_limit_per_user", 0);
        }
        return n;
    }

    /**
     * A thread (topics/threads.mdx "Thread Fields", resources/channel.mdx "Thread Metadata Structure"): the channel
     * fields threads re-use, {@code owner_id} its starter, {@code parent_id} its channel, the counts (member_count
     * "stops counting at 50") and {@code thread_metadata}; no permission overwrites, no position, no nsfw.
     */
    public static ObjectNode thread(Channel t) {
        ObjectNode n = object();
        n.put("id", id(t.id));
        n.put("type", t.type);
        n.put("guild_id", id(t.guildId));
        n.put("parent_id", id(t.parentId));
        n.put("owner_id", id(t.ownerId));
        n.put("name", t.name);
        if (t.lastMessageId != null) {
            n.put("last_message_id", id(t.lastMessageId));
        } else {
            n.putNull("last_message_id");
        }
        n.put("message_count", t.messageCount);
        n.put("total_message_sent", t.totalMessageSent);
        n.put("member_count", Math.min(50, t.threadMembers.size()));
        n.put("rate_limit_per_user", t.rateLimitPerUser);
        n.put("flags", 0);
        ObjectNode meta = n.putObject("thread_metadata");
        meta.put("archived", t.archived);
        meta.put("auto_archive_duration", t.autoArchiveDuration);
        meta.put("archive_timestamp", t.archiveTimestamp.toString());
        meta.put("locked", t.locked);
        meta.put("create_timestamp", t.createdAt.toString());
        return n;
    }

    /** A thread member (channel.mdx "Thread Member Object"): the thread's id, the user's, when they joined. */
    public static ObjectNode threadMember(Channel t, long userId) {
        ObjectNode n = object();
        n.put("id", id(t.id));
        n.put("user_id", id(userId));
        n.put("join_timestamp", t.threadMembers.get(userId).toString());
        n.put("flags", 0);
        return n;
    }

    public static ObjectNode voiceState(Guild g, Member m) {
        ObjectNode n = object();
        n.put("guild_id", id(g.id));
        if (m.voiceChannelId != null) {
            n.put("channel_id", id(m.voiceChannelId));
        } else {
            n.putNull("channel_id");
        }
        n.put("user_id", id(m.user.id));
        n.set("member", member(m));
        n.put("session_id", "voice-" + m.user.id);
        n.put("deaf", false);
        n.put("mute", false);
        n.put("self_deaf", false);
        n.put("self_mute", false);
        n.put("self_video", false);
        n.put("suppress", false);
        n.putNull("request_to_speak_timestamp");
        return n;
    }

    /**
     * The guild object (resources/guild.mdx "Guild Object"), as GUILD_UPDATE carries it: no members, channels or
     * other GUILD_CREATE extras.
     */
    public static ObjectNode guild(Guild g) {
        ObjectNode n = object();
        n.put("id", id(g.id));
        n.put("name", g.name);
        n.putNull("icon");
        n.putNull("splash");
        n.putNull("discovery_splash");
        n.put("owner_id", id(g.ownerId));
        if (g.afkChannelId != null) {
            n.put("afk_channel_id", id(g.afkChannelId));
        } else {
            n.putNull("afk_channel_id");
        }
        n.put("afk_timeout", 300);
        n.put("verification_level", 0);
        n.put("default_message_notifications", 0);
        n.put("explicit_content_filter", 0);
        ArrayNode roles = n.putArray("roles");
        g.roles.values().forEach(r -> roles.add(role(r)));
        n.putArray("emojis");
        n.putArray("stickers");
        n.putArray("features");
        n.put("mfa_level", 0);
        n.putNull("system_channel_id");
        n.put("system_channel_flags", 0);
        n.putNull("rules_channel_id");
        n.put("max_members", 500000);
        n.putNull("vanity_url_code");
        n.putNull("description");
        n.putNull("banner");
        n.put("premium_tier", 0);
        n.put("premium_subscription_count", 0);
        n.put("preferred_locale", "en-US");
        n.putNull("public_updates_channel_id");
        n.put("nsfw_level", 0);
        n.put("premium_progress_bar_enabled", false);
        n.putNull("safety_alerts_channel_id");
        return n;
    }

    /** GUILD_CREATE: the guild object with its members, channels and voice states, and when the bot joined. */
    public static ObjectNode guild(Guild g, World w, Instant botJoinedAt) {
        ObjectNode n = guild(g);
        n.put("joined_at", botJoinedAt.toString());
        n.put("large", false);
        n.put("unavailable", false);
        n.put("member_count", g.members.size());
        ArrayNode members = n.putArray("members");
        g.members.values().forEach(m -> members.add(member(m)));
        ArrayNode channels = n.putArray("channels");
        g.channels.values().forEach(c -> channels.add(channel(c, w)));
        ArrayNode voice = n.putArray("voice_states");
        g.members.values().stream().filter(m -> m.voiceChannelId != null).forEach(m -> {
            ObjectNode state = voiceState(g, m);
            state.remove("member");
            state.remove("guild_id");
            voice.add(state);
        });
        // "all active threads in the guild that the current user is able to view", with the bot's thread member
        // object on the ones it is in (topics/threads.mdx "Gateway Events", "Syncing for the current user")
        ArrayNode threads = n.putArray("threads");
        Member bot = g.members.get(w.bot.id);
        g.threads.values().stream().filter(t -> !t.archived)
                .filter(t -> bot != null && (g.permissionsIn(bot, t) & Permissions.VIEW_CHANNEL) != 0).forEach(t -> {
                    ObjectNode thread = thread(t);
                    if (t.threadMembers.containsKey(w.bot.id)) {
                        thread.set("member", threadMember(t, w.bot.id));
                    }
                    threads.add(thread);
                });
        n.putArray("presences");
        n.putArray("stage_instances");
        n.putArray("guild_scheduled_events");
        n.putArray("soundboard_sounds");
        return n;
    }

    public static ObjectNode message(Message m, World w) {
        Channel c = w.channels.get(m.channelId);
        ObjectNode n = object();
        n.put("id", id(m.id));
        n.put("channel_id", id(m.channelId));
        if (c.type != Channel.DM) {
            n.put("guild_id", id(c.guildId));
        }
        n.set("author", user(w.users.get(m.authorId)));
        n.put("content", m.content == null ? "" : m.content);
        n.put("timestamp", m.createdAt.toString());
        if (m.editedAt != null) {
            n.put("edited_timestamp", m.editedAt.toString());
        } else {
            n.putNull("edited_timestamp");
        }
        n.put("tts", false);
        n.put("mention_everyone", false);
        n.putArray("mentions");
        n.putArray("mention_roles");
        ArrayNode attachments = n.putArray("attachments");
        for (Attachment a : m.attachments) {
            ObjectNode o = attachments.addObject();
            o.put("id", id(a.id()));
            o.put("filename", a.filename());
            if (a.description() != null) {
                o.put("description", a.description());
            }
            o.put("content_type", a.contentType());
            o.put("size", a.data().length);
            o.put("url", a.url(m.channelId));
            o.put("proxy_url", a.url(m.channelId).replace("cdn.discordapp.com", "media.discordapp.net"));
        }
        n.set("embeds", m.embeds == null ? array() : m.embeds.deepCopy());
        n.set("components", m.components == null ? array() : m.components.deepCopy());
        n.put("pinned", false);
        // message.mdx "Message Flags": HAS_THREAD (1 << 5) on a thread's starter message, which carries the thread
        Channel started = w.threadOf(m);
        n.put("flags", (m.visibleTo != null ? 64 : 0) | (m.loading ? 128 : 0) | (started != null ? 32 : 0));
        if (started != null) {
            n.set("thread", thread(started));
        }
        if (m.nonce != null) {
            n.put("nonce", m.nonce);
        }
        if (!m.reactions.isEmpty()) {
            ArrayNode reactions = n.putArray("reactions");
            for (Map.Entry<String, Set<Long>> e : m.reactions.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                ObjectNode r = reactions.addObject();
                r.put("count", e.getValue().size());
                ObjectNode details = r.putObject("count_details");
                details.put("burst", 0);
                details.put("normal", e.getValue().size());
                r.put("me", e.getValue().contains(w.bot.id));
                r.put("me_burst", false);
                r.set("emoji", emoji(e.getKey()));
                r.putArray("burst_colors");
            }
        }
        if (m.interaction != null) {
            Interaction i = m.interaction;
            // message.mdx "Message Types": a slash command's reply is CHAT_INPUT_COMMAND (20), a user or message
            // command's CONTEXT_MENU_COMMAND (23)
            boolean reply = i.type == Interaction.APPLICATION_COMMAND && m == i.original;
            n.put("type", !reply ? 0 : i.data.path("type").asInt(1) == CommandRules.CHAT_INPUT ? 20 : 23);
            n.put("webhook_id", id(w.applicationId));
            n.put("application_id", id(w.applicationId));
            ObjectNode meta = n.putObject("interaction_metadata");
            meta.put("id", id(i.id));
            meta.put("type", i.type);
            meta.set("user", user(w.users.get(i.userId)));
            meta.putObject("authorizing_integration_owners").put("0", id(i.guildId));
        } else {
            n.put("type", 0);
        }
        return n;
    }

    /** MESSAGE_REACTION_ADD / _REMOVE: who reacted with what on which message ({@code member} null in DMs). */
    public static ObjectNode reaction(Channel c, Message m, User user, Member member, String emoji, boolean add) {
        ObjectNode event = object();
        event.put("user_id", id(user.id));
        event.put("channel_id", id(c.id));
        event.put("message_id", id(m.id));
        if (c.type != Channel.DM) {
            event.put("guild_id", id(c.guildId));
        }
        event.set("emoji", emoji(emoji));
        event.put("burst", false);
        event.put("type", 0);
        if (add) {
            if (member != null) {
                event.set("member", member(member));
            }
            event.put("message_author_id", id(m.authorId));
            event.putArray("burst_colors");
        }
        return event;
    }

    /** A unicode emoji ("👍") or a custom one ("name:id"). */
    public static ObjectNode emoji(String emoji) {
        ObjectNode e = object();
        int colon = emoji.lastIndexOf(':');
        if (colon > 0) {
            e.put("id", emoji.substring(colon + 1));
            e.put("name", emoji.substring(0, colon));
            e.put("animated", false);
        } else {
            e.putNull("id");
            e.put("name", emoji);
        }
        return e;
    }

    public static ObjectNode interaction(Interaction i, World w) {
        Channel channel = w.channels.get(i.channelId);
        if (channel.type == Channel.DM) {
            return directInteraction(i, w, channel);
        }
        Guild g = w.guilds.get(i.guildId);
        Member member = g.members.get(i.userId);
        ObjectNode n = object();
        n.put("id", id(i.id));
        n.put("application_id", id(w.applicationId));
        n.put("type", i.type);
        n.set("data", i.data.deepCopy());
        n.put("guild_id", id(g.id));
        ObjectNode guild = n.putObject("guild");
        guild.put("id", id(g.id));
        guild.put("locale", "en-US");
        guild.putArray("features");
        n.put("channel_id", id(i.channelId));
        n.set("channel", channel(w.channels.get(i.channelId), w));
        ObjectNode m = member(member);
        m.put("permissions", Long.toString(g.permissionsOf(member)));
        n.set("member", m);
        n.put("token", i.token);
        n.put("version", 1);
        // "permissions the app has within the channel the interaction was sent from" (a thread: its channel's)
        n.put("app_permissions", Long.toString(g.permissionsIn(g.members.get(w.bot.id), channel)));
        n.put("locale", "en-US");
        n.put("guild_locale", "en-US");
        n.putArray("entitlements");
        n.putObject("authorizing_integration_owners").put("0", id(g.id));
        n.put("context", 0);
        n.put("attachment_size_limit", 10485760);
        if (i.sourceMessage != null) {
            n.set("message", message(i.sourceMessage, w));
        }
        return n;
    }

    /**
     * An interaction in the bot's DM with a member (receiving-and-responding.mdx, "Interaction Object"): no guild and
     * no member, the {@code user} instead; context 1 (BOT_DM); a guild-installed app's owner key "0" maps to "0".
     */
    private static ObjectNode directInteraction(Interaction i, World w, Channel channel) {
        ObjectNode n = object();
        n.put("id", id(i.id));
        n.put("application_id", id(w.applicationId));
        n.put("type", i.type);
        n.set("data", i.data.deepCopy());
        n.put("channel_id", id(i.channelId));
        n.set("channel", channel(channel, w));
        n.set("user", user(w.users.get(i.userId)));
        n.put("token", i.token);
        n.put("version", 1);
        n.put("app_permissions", Long.toString(Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES
                | Permissions.EMBED_LINKS | Permissions.ATTACH_FILES | Permissions.READ_MESSAGE_HISTORY));
        n.put("locale", "en-US");
        n.putArray("entitlements");
        n.putObject("authorizing_integration_owners").put("0", "0");
        n.put("context", 1);
        n.put("attachment_size_limit", 10485760);
        if (i.sourceMessage != null) {
            n.set("message", message(i.sourceMessage, w));
        }
        return n;
    }

    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return object();
        }
        return JSON.readTree(body);
    }
}
