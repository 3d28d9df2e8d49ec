package community.platform.discord.emulator.script;

import community.platform.discord.emulator.gateway.Dispatcher;
import community.platform.discord.emulator.model.Channel;
import community.platform.discord.emulator.model.CommandRules;
import community.platform.discord.emulator.model.Guild;
import community.platform.discord.emulator.model.Interaction;
import community.platform.discord.emulator.model.Member;
import community.platform.discord.emulator.model.Message;
import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.model.Snowflakes;
import community.platform.discord.emulator.model.World;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One member doing what members do: run slash commands, click buttons, pick from selects, fill forms, react. */
public final class MemberScript {

    private final World world;
    private final Dispatcher gateway;
    private final GuildScript guildScript;
    private final Guild guild;
    private final Member member;

    MemberScript(World world, Dispatcher gateway, GuildScript guildScript, Guild guild, Member member) {
        this.world = world;
        this.gateway = gateway;
        this.guildScript = guildScript;
        this.guild = guild;
        this.member = member;
    }

    public long id() {
        return member.user.id;
    }

    public String name() {
        return member.user.name;
    }

    /**
     * Runs a slash command in a channel: {@code runs("#proposals", "/proposal", Map.of("title", "x"))}. A command with
     * subcommands is written with spaces ({@code "/esprit collection"}). Option values keep their Java type: strings,
     * integers, booleans, doubles.
     */
    public InteractionTicket runs(String channel, String command, Map<String, ?> options) {
        return run(channel, command, options, false);
    }

    /**
     * A slash command as a modified client could send it: hidden from this member ({@code default_member_permissions}),
     * required options left out, values outside the choices, lengths and ranges; the bot must check all of it itself.
     * The command and its options must be registered all the same (they give the options their types).
     */
    public InteractionTicket runsForged(String channel, String command, Map<String, ?> options) {
        return run(channel, command, options, true);
    }

    private InteractionTicket run(String channel, String command, Map<String, ?> options, boolean forged) {
        String[] words = command.replaceFirst("^/", "").trim().split("\\s+");
        synchronized (world) {
            Channel c = guildScript.channelOrThreadNamed(channel);
            ObjectNode data = new CommandInvocation(world, guild, member, forged).slash(words, options);
            return deliver(Interaction.APPLICATION_COMMAND, c.id, data, null);
        }
    }

    /**
     * Posts a message in a channel, or a thread by its name, as this member (Discord sends the bot MESSAGE_CREATE).
     * Every method here that takes a channel by name takes a thread's name too (channels first).
     */
    public MessageView says(String channel, String text) {
        synchronized (world) {
            return post(guildScript.channelOrThreadNamed(channel), text);
        }
    }

    /**
     * Posts a message in a thread (topics/threads.mdx): an archived one is un-archived by it (THREAD_UPDATE reaches the
     * bot before the MESSAGE_CREATE) unless it is locked; a locked thread takes messages only from members who may
     * Manage Threads. The member becomes a member of the thread.
     */
    public MessageView says(ThreadView thread, String text) {
        synchronized (world) {
            return post(guildScript.threadById(thread.id()), text);
        }
    }

    private MessageView post(Channel c, String text) {
        if (c.isThread()) {
            if (c.locked && (guild.permissionsIn(member, c) & Permissions.MANAGE_THREADS) == 0) {
                throw new IllegalStateException("thread '" + c.name + "' is locked: only members who may Manage"
                        + " Threads post in it");
            }
            if (world.unarchive(c)) {
                gateway.dispatch("THREAD_UPDATE", Payloads.thread(c));
            }
        }
        Message m = new Message(Snowflakes.next(), c.id, member.user.id, Instant.now(), null, null, null);
        m.content = text;
        world.addMessage(c, m);
        gateway.dispatch("MESSAGE_CREATE", Payloads.message(m, world));
        return MessageView.of(m, world);
    }

    /**
     * Starts a public thread from a message in a text or announcement channel, as "Create Thread" in the message's
     * menu does: the thread has the message's id, this member is its owner; THREAD_CREATE ({@code newly_created}) and
     * the message's MESSAGE_UPDATE (with its {@code thread}) reach the bot. A message has one thread at most.
     */
    public ThreadView startsThread(MessageView message, String name) {
        synchronized (world) {
            Message m = world.messages.get(message.id());
            if (m == null || m.visibleTo != null) {
                throw new IllegalArgumentException("message " + message.id() + " is gone");
            }
            Channel parent = world.channel(m.channelId);
            if (!parent.holdsThreads() || parent.guildId != guild.id) {
                throw new IllegalArgumentException("threads start from messages in text or announcement channels of "
                        + guild.name + ", not in '" + parent.name + "'");
            }
            if (world.channels.containsKey(m.id)) {
                throw new IllegalStateException("A thread has already been created for this message");
            }
            String trimmed = name == null ? "" : name.strip();
            if (trimmed.isEmpty() || trimmed.length() > 100) {
                throw new IllegalArgumentException("a thread's name has 1 to 100 characters");
            }
            Channel t = Channel.thread(m.id, parent, trimmed, member.user.id, 1440, 0);
            world.addThread(guild, t);
            ObjectNode event = Payloads.thread(t);
            event.put("newly_created", true);
            gateway.dispatch("THREAD_CREATE", event);
            gateway.dispatch("MESSAGE_UPDATE", Payloads.message(m, world));
            return ThreadView.of(t, world);
        }
    }

    /** Runs a message command on a message (the message's "Apps" menu): {@code runsOn("Escalate", message)}. */
    public InteractionTicket runsOn(String command, MessageView message) {
        synchronized (world) {
            Message m = world.messages.get(message.id());
            if (m == null) {
                throw new IllegalArgumentException("message " + message.id() + " is gone");
            }
            CommandInvocation client = new CommandInvocation(world, guild, member);
            ObjectNode data = client.header(client.registered(CommandRules.MESSAGE, command));
            data.put("target_id", Payloads.id(m.id));
            data.putObject("resolved").putObject("messages").set(Payloads.id(m.id), Payloads.message(m, world));
            return deliver(Interaction.APPLICATION_COMMAND, m.channelId, data, null);
        }
    }

    public InteractionTicket runs(String channel, String command) {
        return runs(channel, command, Map.of());
    }

    /** Clicks the button with this label on the newest message in the channel that has one. */
    public InteractionTicket clicks(String label, String channel) {
        synchronized (world) {
            Channel c = guildScript.channelOrThreadNamed(channel);
            List<Message> visible = world.visibleMessages(c, member.user.id);
            for (int k = visible.size() - 1; k >= 0; k--) {
                Message m = visible.get(k);
                MessageView view = MessageView.of(m, world);
                if (view.buttons().stream().anyMatch(b -> b.label().equals(label))) {
                    return click(m, view.button(label));
                }
            }
            throw new IllegalArgumentException("no message in #" + c.name + " has a button labelled '" + label + "'");
        }
    }

    /** Clicks a button of a given message. Discord refuses clicks on disabled buttons before any bot sees them. */
    public InteractionTicket clicks(String label, MessageView message) {
        synchronized (world) {
            Message m = world.messages.get(message.id());
            if (m == null) {
                throw new IllegalArgumentException("message " + message.id() + " is gone");
            }
            return click(m, MessageView.of(m, world).button(label));
        }
    }

    /**
     * Sends a component interaction with any custom id, as a forged or outdated client could: the bot must cope with
     * ids it never made.
     */
    public InteractionTicket clicksCustomId(String customId, MessageView message) {
        synchronized (world) {
            Message m = world.messages.get(message.id());
            ObjectNode data = Payloads.object();
            data.put("custom_id", customId);
            data.put("component_type", 2);
            return deliver(Interaction.MESSAGE_COMPONENT, m.channelId, data, m);
        }
    }

    private InteractionTicket click(Message m, MessageView.ButtonView button) {
        if (button.disabled()) {
            throw new IllegalStateException("button '" + button.label() + "' is disabled");
        }
        ObjectNode data = Payloads.object();
        data.put("custom_id", button.customId());
        data.put("component_type", 2);
        return deliver(Interaction.MESSAGE_COMPONENT, m.channelId, data, m);
    }

    /**
     * Picks options by their labels in the select with this placeholder, as a Discord client can: only options the
     * select has, as many as it allows, never in a disabled select.
     */
    public InteractionTicket picks(String placeholder, MessageView message, String... labels) {
        synchronized (world) {
            Message m = world.messages.get(message.id());
            if (m == null) {
                throw new IllegalArgumentException("message " + message.id() + " is gone");
            }
            MessageView.SelectView select = MessageView.of(m, world).select(placeholder);
            if (select.disabled()) {
                throw new IllegalStateException("select '" + placeholder + "' is disabled");
            }
            if (labels.length < select.minValues() || labels.length > select.maxValues()) {
                throw new IllegalArgumentException("select '" + placeholder + "' takes " + select.minValues() + " to "
                        + select.maxValues() + " options");
            }
            String[] values = new String[labels.length];
            for (int k = 0; k < labels.length; k++) {
                values[k] = select.options().get(labels[k]);
                if (values[k] == null) {
                    throw new IllegalArgumentException("select '" + placeholder + "' has no option '" + labels[k]
                            + "'; it has " + select.options().keySet());
                }
            }
            return selects(select.customId(), message, values);
        }
    }

    /** Picks values from a string select menu (by custom id) on a message, unchecked (as a forged client could). */
    public InteractionTicket selects(String customId, MessageView message, String... values) {
        synchronized (world) {
            Message m = world.messages.get(message.id());
            ObjectNode data = Payloads.object();
            data.put("custom_id", customId);
            data.put("component_type", 3);
            ArrayNode picked = data.putArray("values");
            for (String v : values) {
                picked.add(v);
            }
            return deliver(Interaction.MESSAGE_COMPONENT, m.channelId, data, m);
        }
    }

    /** Fills in and submits the form the bot opened in answer to {@code opened}: text input custom id -> value. */
    public InteractionTicket submits(InteractionTicket opened, Map<String, String> values) {
        return submits(opened.id(), values);
    }

    /** Submits the form the bot opened in answer to the interaction with this id. */
    public InteractionTicket submits(long interactionId, Map<String, String> values) {
        synchronized (world) {
            Interaction source = world.interactions.get(interactionId);
            if (source == null || source.modal == null) {
                throw new IllegalStateException("the bot opened no form for interaction " + interactionId);
            }
            ObjectNode data = Payloads.object();
            data.put("custom_id", source.modal.path("custom_id").asString());
            ArrayNode rows = data.putArray("components");
            for (JsonNode c : source.modal.path("components")) {
                if (c.path("type").asInt() == 18) {
                    ObjectNode label = rows.addObject();
                    label.put("type", 18);
                    label.put("id", c.path("id").asInt(rows.size()));
                    label.set("component", answer(c.path("component"), values));
                } else if (c.path("type").asInt() == 1) {
                    ObjectNode row = rows.addObject();
                    row.put("type", 1);
                    row.put("id", c.path("id").asInt(rows.size()));
                    ArrayNode inner = row.putArray("components");
                    c.path("components").forEach(input -> inner.add(answer(input, values)));
                }
            }
            return deliver(Interaction.MODAL_SUBMIT, source.channelId, data, source.sourceMessage);
        }
    }

    private static ObjectNode answer(JsonNode input, Map<String, String> values) {
        ObjectNode a = Payloads.object();
        a.put("type", input.path("type").asInt(4));
        a.put("id", input.path("id").asInt(0));
        String customId = input.path("custom_id").asString();
        a.put("custom_id", customId);
        a.put("value", values.getOrDefault(customId, ""));
        return a;
    }

    public void reacts(String channel, long messageId, String emoji) {
        reaction(channel, messageId, emoji, true);
    }

    public void unreacts(String channel, long messageId, String emoji) {
        reaction(channel, messageId, emoji, false);
    }

    private void reaction(String channel, long messageId, String emoji, boolean add) {
        synchronized (world) {
            Channel c = guildScript.channelOrThreadNamed(channel);
            Message m = world.message(c, messageId);
            GuildScript.requireActive(c, add ? "add reactions" : "remove reactions");
            boolean changed = add ? m.reactors(emoji).add(member.user.id) : m.reactors(emoji).remove(member.user.id);
            if (!changed) {
                return;
            }
            ObjectNode event = Payloads.reaction(c, m, member.user, member, emoji, add);
            gateway.dispatch(add ? "MESSAGE_REACTION_ADD" : "MESSAGE_REACTION_REMOVE", event);
        }
    }

    /** Joins a voice channel, or moves to it; {@code null} leaves voice. */
    public void joinsVoice(String channel) {
        synchronized (world) {
            member.voiceChannelId = channel == null ? null : guildScript.channelNamed(channel).id;
            gateway.dispatch("VOICE_STATE_UPDATE", Payloads.voiceState(guild, member));
        }
    }

    public void leavesVoice() {
        joinsVoice(null);
    }

    public void leavesGuild() {
        synchronized (world) {
            guild.members.remove(member.user.id);
            ObjectNode event = Payloads.object();
            event.put("guild_id", Payloads.id(guild.id));
            event.set("user", Payloads.user(member.user));
            gateway.dispatch("GUILD_MEMBER_REMOVE", event);
        }
    }

    /** Closes DMs from server members: the bot's DMs fail with 50007. */
    public void closesDms() {
        member.user.dmsOpen = false;
    }

    /** The member's DM channel with the bot, as the member sees it. */
    public List<MessageView> directMessages() {
        synchronized (world) {
            Channel dm = world.dmChannels.get(member.user.id);
            return dm == null ? List.of() : dm.messages.stream().map(m -> MessageView.of(m, world)).toList();
        }
    }

    /** Ephemeral messages only this member sees in a channel. */
    public List<MessageView> ephemeralIn(String channel) {
        synchronized (world) {
            return world.visibleMessages(guildScript.channelOrThreadNamed(channel), member.user.id).stream()
                    .filter(m -> m.visibleTo != null).map(m -> MessageView.of(m, world)).toList();
        }
    }

    public boolean timedOut() {
        synchronized (world) {
            return member.timeoutUntil != null && member.timeoutUntil.isAfter(Instant.now());
        }
    }

    /**
     * The member sets their nickname in this guild, or a moderator does it for them ({@code null} or blank clears it;
     * at most 32 characters): GUILD_MEMBER_UPDATE with the new {@code nick} reaches the bot (JDA:
     * GuildMemberUpdateNicknameEvent), and the member's next interactions carry it.
     */
    public void changesNickname(String nick) {
        synchronized (world) {
            if (nick != null && nick.length() > 32) {
                throw new IllegalArgumentException("Discord's nicknames have at most 32 characters: " + nick);
            }
            String now = nick == null || nick.isBlank() ? null : nick;
            if (java.util.Objects.equals(member.nick, now)) {
                return;
            }
            member.nick = now;
            ObjectNode event = Payloads.member(member);
            event.put("guild_id", Payloads.id(guild.id));
            gateway.dispatch("GUILD_MEMBER_UPDATE", event);
        }
    }

    /**
     * The user changes their display name, Discord's {@code global_name} ({@code null}: their username shows; at most
     * 32 characters): every guild they share with the bot sends GUILD_MEMBER_UPDATE with the new user object (JDA:
     * UserUpdateGlobalNameEvent).
     */
    public void changesDisplayName(String globalName) {
        synchronized (world) {
            if (globalName != null && globalName.length() > 32) {
                throw new IllegalArgumentException("Discord's display names have at most 32 characters: " + globalName);
            }
            if (java.util.Objects.equals(member.user.globalName, globalName)) {
                return;
            }
            member.user.globalName = globalName;
            for (Guild g : world.guilds.values()) {
                Member m = g.members.get(member.user.id);
                if (m != null && g.members.containsKey(world.bot.id)) {
                    ObjectNode event = Payloads.member(m);
                    event.put("guild_id", Payloads.id(g.id));
                    gateway.dispatch("GUILD_MEMBER_UPDATE", event);
                }
            }
        }
    }

    /** The member's nickname in this guild, or null. */
    public String nickname() {
        synchronized (world) {
            return member.nick;
        }
    }

    /** The name the guild shows for the member: their nickname, else their display name, else their username. */
    public String displayName() {
        synchronized (world) {
            return member.nick != null ? member.nick
                    : member.user.globalName != null ? member.user.globalName : member.user.name;
        }
    }

    public List<Long> roles() {
        synchronized (world) {
            return List.copyOf(member.roleIds);
        }
    }

    private InteractionTicket deliver(int type, long channelId, ObjectNode data, Message source) {
        String token = "emu." + UUID.randomUUID() + UUID.randomUUID().toString().replace("-", "");
        Interaction i = new Interaction(Snowflakes.next(), token, type, guild.id, channelId, member.user.id,
                Instant.now(), data, source);
        world.interactions.put(i.id, i);
        world.interactionsByToken.put(token, i);
        gateway.dispatch("INTERACTION_CREATE", Payloads.interaction(i, world));
        return new InteractionTicket(world, i);
    }
}
