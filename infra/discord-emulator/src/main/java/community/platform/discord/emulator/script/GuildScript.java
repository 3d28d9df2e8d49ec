package community.platform.discord.emulator.script;

import community.platform.discord.emulator.gateway.Dispatcher;
import community.platform.discord.emulator.model.Channel;
import community.platform.discord.emulator.model.Guild;
import community.platform.discord.emulator.model.Member;
import community.platform.discord.emulator.model.Message;
import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.Role;
import community.platform.discord.emulator.model.Snowflakes;
import community.platform.discord.emulator.model.User;
import community.platform.discord.emulator.model.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Builds and changes one guild the way its members and admins would, and shows what its channels display. */
public final class GuildScript {

    /** The position of the bot's role in a new guild: roles made with {@link #role} stay below it. */
    public static final int BOT_POSITION = 100;

    private final World world;
    private final Dispatcher gateway;
    private final Guild guild;

    public GuildScript(World world, Dispatcher gateway, Guild guild) {
        this.world = world;
        this.gateway = gateway;
        this.guild = guild;
    }

    public long id() {
        return guild.id;
    }

    public String name() {
        return guild.name;
    }

    public long role(String name, long permissions) {
        return role(name, permissions, guild.roles.size());
    }

    /** A role above the bot's: the bot may not ban, kick, time out or change the roles of its members. */
    public long roleAboveBot(String name, long permissions) {
        return role(name, permissions, BOT_POSITION + 1 + guild.roles.size());
    }

    private long role(String name, long permissions, int position) {
        synchronized (world) {
            long id = Snowflakes.next();
            Role role = new Role(id, name, permissions, position);
            guild.roles.put(id, role);
            ObjectNode event = Payloads.object();
            event.put("guild_id", Payloads.id(guild.id));
            event.set("role", Payloads.role(role));
            gateway.dispatch("GUILD_ROLE_CREATE", event);
            return id;
        }
    }

    /** What the guild lets the bot do: replaces its role's permissions (GUILD_ROLE_UPDATE reaches the bot). */
    public void botPermissions(long permissions) {
        synchronized (world) {
            long botRole = world.member(guild, world.bot.id).roleIds.iterator().next();
            Role old = guild.roles.get(botRole);
            Role changed = new Role(old.id, old.name, permissions, old.position);
            guild.roles.put(botRole, changed);
            ObjectNode event = Payloads.object();
            event.put("guild_id", Payloads.id(guild.id));
            event.set("role", Payloads.role(changed));
            gateway.dispatch("GUILD_ROLE_UPDATE", event);
        }
    }

    /** The guild's roles by name, highest first as its settings list them, @everyone last. */
    public List<String> roleNames() {
        synchronized (world) {
            return guild.roles.values().stream().sorted(Guild.HIERARCHY.reversed()).map(r -> r.name).toList();
        }
    }

    /** The id of the role with this name (the highest, if several share it); throws when the guild has none. */
    public long roleId(String name) {
        synchronized (world) {
            return roleNamed(name).id;
        }
    }

    /** Who holds the role of this name (everyone for @everyone), by user id, the bot included. */
    public List<Long> membersWithRole(String name) {
        synchronized (world) {
            long role = roleNamed(name).id;
            return guild.members.values().stream().filter(m -> role == guild.id || m.roleIds.contains(role))
                    .map(m -> m.user.id).toList();
        }
    }

    private Role roleNamed(String name) {
        return guild.roles.values().stream().filter(r -> r.name.equals(name)).max(Guild.HIERARCHY)
                .orElseThrow(() -> new IllegalArgumentException("no role '" + name + "' in " + guild.name));
    }

    /**
     * An admin makes a voice channel the guild's AFK channel ({@code null}: none): GUILD_UPDATE reaches the bot, and
     * the GUILD_CREATE of a bot connecting later carries it.
     */
    public void afkChannel(String voiceChannel) {
        synchronized (world) {
            Long id = null;
            if (voiceChannel != null) {
                Channel c = channelNamed(voiceChannel);
                if (c.type != Channel.VOICE) {
                    throw new IllegalArgumentException("#" + c.name + " is not a voice channel");
                }
                id = c.id;
            }
            guild.afkChannelId = id;
            gateway.dispatch("GUILD_UPDATE", Payloads.guild(guild));
        }
    }

    /** The guild's owner: nobody, the bot included, may ban, kick or time them out. */
    public MemberScript owner() {
        synchronized (world) {
            return new MemberScript(world, gateway, this, guild, world.member(guild, guild.ownerId));
        }
    }

    public long textChannel(String name) {
        return channel(name, Channel.TEXT);
    }

    public long voiceChannel(String name) {
        return channel(name, Channel.VOICE);
    }

    private long channel(String name, int type) {
        synchronized (world) {
            Channel c = new Channel(Snowflakes.next(), guild.id, name, type, null, null);
            guild.channels.put(c.id, c);
            world.channels.put(c.id, c);
            gateway.dispatch("CHANNEL_CREATE", Payloads.channel(c, world));
            return c.id;
        }
    }

    /**
     * Sets a channel's permission overwrite for a role (@everyone's id is the guild's) or a member, as an admin does
     * in the channel's settings: CHANNEL_UPDATE reaches the bot. {@code overwrite("#mod-log", botUserId(), 0,
     * Permissions.SEND_MESSAGES)} keeps the bot from posting there.
     */
    public void overwrite(String channel, long roleOrMemberId, long allow, long deny) {
        synchronized (world) {
            Channel c = channelNamed(channel);
            int type = guild.roles.containsKey(roleOrMemberId) ? Channel.Overwrite.ROLE : Channel.Overwrite.MEMBER;
            c.overwrites.put(roleOrMemberId, new Channel.Overwrite(roleOrMemberId, type, allow, deny));
            gateway.dispatch("CHANNEL_UPDATE", Payloads.channel(c, world));
        }
    }

    public long channelId(String name) {
        synchronized (world) {
            return channelNamed(name).id;
        }
    }

    Channel channelNamed(String name) {
        String bare = name.startsWith("#") ? name.substring(1) : name;
        return guild.channels.values().stream().filter(c -> bare.equals(c.name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel #" + bare + " in " + guild.name));
    }

    /**
     * Where messages are: the channel of that name, else the thread of that name (the newest, if several share it).
     * Holds the world's lock.
     */
    Channel channelOrThreadNamed(String name) {
        String bare = name.startsWith("#") ? name.substring(1) : name;
        return guild.channels.values().stream().filter(c -> bare.equals(c.name)).findFirst()
                .or(() -> threadNamed(bare))
                .orElseThrow(() -> new IllegalArgumentException("no channel or thread '" + bare + "' in " + guild.name));
    }

    private java.util.Optional<Channel> threadNamed(String name) {
        return guild.threads.values().stream().filter(t -> name.equals(t.name))
                .max((a, b) -> Long.compareUnsigned(a.id, b.id));
    }

    /** A thread of this guild by id; holds the world's lock. */
    Channel threadById(long threadId) {
        Channel t = guild.threads.get(threadId);
        if (t == null) {
            throw new IllegalArgumentException("no thread " + Long.toUnsignedString(threadId) + " in " + guild.name);
        }
        return t;
    }

    // ---- threads (topics/threads.mdx) ---------------------------------------------------------------------------

    /** The threads started in a channel, active and archived, oldest first. */
    public List<ThreadView> threads(String channel) {
        synchronized (world) {
            Channel c = channelNamed(channel);
            return guild.threads.values().stream().filter(t -> t.parentId == c.id)
                    .sorted((a, b) -> Long.compareUnsigned(a.id, b.id)).map(t -> ThreadView.of(t, world)).toList();
        }
    }

    /** The thread with this name (the newest, if several share it), as it is now; throws when there is none. */
    public ThreadView thread(String name) {
        synchronized (world) {
            String bare = name.startsWith("#") ? name.substring(1) : name;
            return ThreadView.of(threadNamed(bare).orElseThrow(() -> new IllegalArgumentException("no thread '" + bare
                    + "' in " + guild.name)), world);
        }
    }

    /** The thread with this id (a thread started from a message has the message's id), as it is now, or null. */
    public ThreadView thread(long threadId) {
        synchronized (world) {
            Channel t = guild.threads.get(threadId);
            return t == null ? null : ThreadView.of(t, world);
        }
    }

    /**
     * The thread archives itself, as Discord does after {@code auto_archive_duration} minutes without activity:
     * THREAD_UPDATE with archived true and a new archive_timestamp reaches the bot (JDA drops the thread from its
     * cache). A message un-archives it unless it is locked.
     */
    public void archiveThread(long threadId) {
        synchronized (world) {
            Channel t = threadById(threadId);
            if (t.archived) {
                return;
            }
            t.archived = true;
            t.archiveTimestamp = Instant.now();
            gateway.dispatch("THREAD_UPDATE", Payloads.thread(t));
        }
    }

    /**
     * A moderator locks the thread (it stays active): THREAD_UPDATE reaches the bot; only those who may Manage Threads
     * post in it, and once archived only they un-archive it.
     */
    public void lockThread(long threadId) {
        synchronized (world) {
            Channel t = threadById(threadId);
            if (t.locked) {
                return;
            }
            t.locked = true;
            gateway.dispatch("THREAD_UPDATE", Payloads.thread(t));
        }
    }

    /** A moderator deletes the thread with its messages: THREAD_DELETE reaches the bot. */
    public void deleteThread(long threadId) {
        synchronized (world) {
            Channel t = threadById(threadId);
            world.removeThread(guild, t);
            ObjectNode event = Payloads.object();
            event.put("id", Payloads.id(t.id));
            event.put("guild_id", Payloads.id(guild.id));
            event.put("parent_id", Payloads.id(t.parentId));
            event.put("type", t.type);
            gateway.dispatch("THREAD_DELETE", event);
        }
    }

    /** A member who was in the guild before the bot connected (part of GUILD_CREATE) or joins now. */
    public MemberScript member(String name, long... roleIds) {
        synchronized (world) {
            User user = world.users.values().stream().filter(u -> u.name.equals(name) && !u.bot).findFirst()
                    .orElseGet(() -> {
                        User u = new User(Snowflakes.next(), name, false);
                        world.users.put(u.id, u);
                        return u;
                    });
            Member m = guild.members.get(user.id);
            if (m == null) {
                m = joins(user, roleIds);
            }
            return new MemberScript(world, gateway, this, guild, m);
        }
    }

    /** Another bot in the guild (a music bot, say): its reactions are never a member's vote. */
    public MemberScript botMember(String name) {
        synchronized (world) {
            User user = new User(Snowflakes.next(), name, true);
            world.users.put(user.id, user);
            return new MemberScript(world, gateway, this, guild, joins(user));
        }
    }

    /** The user becomes a member with these roles: GUILD_MEMBER_ADD reaches the bot. Holds the world's lock. */
    private Member joins(User user, long... roleIds) {
        Member m = new Member(user, Instant.now());
        for (long r : roleIds) {
            m.roleIds.add(r);
        }
        guild.members.put(user.id, m);
        ObjectNode event = Payloads.member(m);
        event.put("guild_id", Payloads.id(guild.id));
        gateway.dispatch("GUILD_MEMBER_ADD", event);
        return m;
    }

    /** An admin deletes a channel with its messages: CHANNEL_DELETE reaches the bot. */
    public void deleteChannel(String channel) {
        synchronized (world) {
            Channel c = channelNamed(channel);
            world.removeChannel(guild, c);
            gateway.dispatch("CHANNEL_DELETE", Payloads.channel(c, world));
        }
    }

    /** The guild's text channels by name, as members see the channel list. */
    public List<String> textChannels() {
        synchronized (world) {
            return guild.channels.values().stream().filter(c -> c.type == Channel.TEXT).map(c -> c.name).toList();
        }
    }

    /** A channel's topic (null: none). */
    public String topic(String channel) {
        synchronized (world) {
            return channelNamed(channel).topic;
        }
    }

    /** A member of the guild by user id. */
    public MemberScript member(long userId) {
        synchronized (world) {
            return new MemberScript(world, gateway, this, guild, world.member(guild, userId));
        }
    }

    /** Members of the guild right now, bot included. */
    public List<Long> memberIds() {
        synchronized (world) {
            return List.copyOf(guild.members.keySet());
        }
    }

    public boolean isMember(long userId) {
        synchronized (world) {
            return guild.members.containsKey(userId);
        }
    }

    /** The audit-log reason of a ban, or null when the user is not banned. */
    public String banReason(long userId) {
        synchronized (world) {
            return guild.bans.get(userId);
        }
    }

    /**
     * What everyone sees in the channel, oldest first (ephemeral messages are not shown). Every method here that takes
     * a channel by name takes a thread's name too (channels first).
     */
    public List<MessageView> messages(String channel) {
        synchronized (world) {
            return world.visibleMessages(channelOrThreadNamed(channel), null).stream()
                    .map(m -> MessageView.of(m, world)).toList();
        }
    }

    /** A message as it is now (after the bot's edits), or null when it is gone. */
    public MessageView message(String channel, long messageId) {
        return messages(channel).stream().filter(m -> m.id() == messageId).findFirst().orElse(null);
    }

    /** A message anywhere in the guild, its channels and threads, as it is now (ephemeral ones not), or null. */
    public MessageView message(long messageId) {
        synchronized (world) {
            Message m = world.messages.get(messageId);
            Channel c = m == null ? null : world.channels.get(m.channelId);
            if (c == null || c.guildId != guild.id || c.type == Channel.DM || m.visibleTo != null) {
                return null;
            }
            return MessageView.of(m, world);
        }
    }

    public MessageView lastMessage(String channel) {
        List<MessageView> all = messages(channel);
        if (all.isEmpty()) {
            throw new IllegalStateException("#" + channel + " has no messages");
        }
        return all.get(all.size() - 1);
    }

    /** "What does #raids show now": every visible message as text, one block each. */
    public String show(String channel) {
        StringBuilder out = new StringBuilder("#").append(channel).append('\n');
        messages(channel).forEach(m -> out.append(m.text()).append('\n'));
        return out.toString();
    }

    /** A message the bot posted before this session (no event reaches it): its id. */
    public long botPosted(String channel, String text) {
        synchronized (world) {
            Channel c = channelOrThreadNamed(channel);
            Message m = new Message(Snowflakes.next(), c.id, world.bot.id, Instant.now(), null, null, null);
            m.content = text;
            world.addMessage(c, m);
            return m.id;
        }
    }

    /**
     * A message a member (by name; the bot's name for the bot) posted {@code days} ago, before this session: its id
     * carries that time as Discord's ids do, and no event reaches the bot. Bulk deletes refuse it after 14 days.
     */
    public long postedDaysAgo(String channel, String author, String text, int days) {
        synchronized (world) {
            Channel c = channelOrThreadNamed(channel);
            Member member = guild.members.values().stream().filter(m -> m.user.name.equals(author)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no member '" + author + "' in " + guild.name));
            Instant at = Instant.now().minus(Duration.ofDays(days));
            Message m = new Message(Snowflakes.at(at), c.id, member.user.id, at, null, null, null);
            m.content = text;
            world.addMessage(c, m);
            return m.id;
        }
    }

    /** The bot's own reaction on a message, as if it had reacted earlier (no event: bots do not see their own). */
    public void botReacts(String channel, long messageId, String emoji) {
        synchronized (world) {
            world.message(channelOrThreadNamed(channel), messageId).reactors(emoji).add(world.bot.id);
        }
    }

    /**
     * A moderator removes every reaction of one emoji from a message at once: Discord sends one
     * MESSAGE_REACTION_REMOVE_EMOJI, not a removal per member (gateway-events.mdx "Message Reaction Remove Emoji").
     */
    public void removeReactions(String channel, long messageId, String emoji) {
        synchronized (world) {
            Channel c = channelOrThreadNamed(channel);
            Message m = world.message(c, messageId);
            requireActive(c, "remove reactions");
            if (m.reactors(emoji).isEmpty()) {
                return;
            }
            m.reactors(emoji).clear();
            ObjectNode event = Payloads.object();
            event.put("channel_id", Payloads.id(c.id));
            event.put("guild_id", Payloads.id(guild.id));
            event.put("message_id", Payloads.id(m.id));
            event.set("emoji", Payloads.emoji(emoji));
            gateway.dispatch("MESSAGE_REACTION_REMOVE_EMOJI", event);
        }
    }

    /** Who reacted to a message with an emoji, as Discord shows it (bots included), in id order. */
    public List<Long> reactors(String channel, long messageId, String emoji) {
        synchronized (world) {
            return world.message(channelOrThreadNamed(channel), messageId).reactors(emoji).stream().sorted().toList();
        }
    }

    /** A moderator (or the author) deletes a message: MESSAGE_DELETE reaches the bot. */
    public void deleteMessage(String channel, long messageId) {
        synchronized (world) {
            Channel c = channelOrThreadNamed(channel);
            Message m = world.message(c, messageId);
            requireActive(c, "delete messages");
            world.removeMessage(c, m);
            ObjectNode event = Payloads.object();
            event.put("id", Payloads.id(m.id));
            event.put("channel_id", Payloads.id(c.id));
            event.put("guild_id", Payloads.id(guild.id));
            gateway.dispatch("MESSAGE_DELETE", event);
        }
    }

    /**
     * What Discord refuses in an archived thread ("Users cannot edit messages, add reactions ..."; deletes answer
     * 50083 too): the script's member or moderator cannot do it either. Holds the world's lock.
     */
    static void requireActive(Channel c, String what) {
        if (c.isThread() && c.archived) {
            throw new IllegalStateException("thread '" + c.name + "' is archived: Discord lets nobody " + what
                    + " there until a message or a moderator un-archives it");
        }
    }
}
