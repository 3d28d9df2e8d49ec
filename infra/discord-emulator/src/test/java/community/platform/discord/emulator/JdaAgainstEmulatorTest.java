package community.platform.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.discord.emulator.model.Interaction.Ack;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.UserSnowflake;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.guild.update.GuildUpdateAfkChannelEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.guild.voice.GuildVoiceUpdateEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The unmodified JDA client against the emulator: one test per Discord behaviour the platform relies on. When JDA is
 * upgraded, this is the test that says whether the emulator still speaks its Discord.
 */
class JdaAgainstEmulatorTest {

    private static final Duration WAIT = JdaClient.WAIT;
    private static DiscordEmulator emulator;
    private static GuildScript guild;
    /** a guild whose rules the bot meets: its roles and permissions are set by the permission test */
    private static GuildScript strict;
    private static MemberScript alice;
    private static JdaClient client;
    private static JDA jda;

    @BeforeAll
    static void logIn() throws Exception {
        emulator = DiscordEmulator.start();
        // exact answers: this class pins each behaviour alone (DiscordFaultsTest adds Discord's failures)
        emulator.faults(Faults.NONE);
        guild = emulator.createGuild("Protocol");
        long mods = guild.role("Moderator", Permissions.KICK_MEMBERS);
        guild.textChannel("general");
        guild.voiceChannel("Lounge");
        guild.afkChannel("Lounge");
        alice = guild.member("alice", mods);
        guild.member("bob");
        strict = emulator.createGuild("Strict");
        client = JdaClient.logIn(emulator);
        jda = client.jda;
        jda.updateCommands().addCommands(
                Commands.slash("proposal", "Open a proposal")
                        .addOption(OptionType.STRING, "title", "What to decide", true)
                        .addOption(OptionType.INTEGER, "hours", "How long the vote runs", false),
                Commands.slash("form", "Open a form")).complete();
    }

    @AfterAll
    static void logOut() {
        if (client != null) {
            client.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    private static <T extends GenericEvent> T next(Class<T> type) throws InterruptedException {
        return client.next(type);
    }

    /**
     * gateway-events.mdx "Guild Create": without the presences intent the members in GUILD_CREATE "will only contain
     * your bot and users in voice channels"; the rest come in GUILD_MEMBERS_CHUNKs when asked (op 8).
     */
    @Test
    @DisplayName("JDA logs in: channels and roles are cached, members only once it asks for them")
    void guildIsCached() throws Exception {
        Guild g = jda.getGuildById(guild.id());
        assertThat(g).isNotNull();
        assertThat(g.getTextChannelsByName("general", false)).hasSize(1);
        assertThat(g.getVoiceChannelsByName("Lounge", false)).hasSize(1);
        assertThat(g.getRolesByName("Moderator", false)).hasSize(1);
        assertThat(g.getMemberCount()).isEqualTo(guild.memberIds().size());
        var members = g.loadMembers().get();
        assertThat(members).extracting(m -> m.getIdLong()).containsAll(guild.memberIds());
        assertThat(g.getMemberById(alice.id()).getRoles()).extracting(r -> r.getName()).containsExactly("Moderator");
    }

    /** resources/guild.mdx "Guild Object" ({@code afk_channel_id}); gateway-events.mdx "Guild Update". */
    @Test
    @DisplayName("the guild's AFK channel comes with GUILD_CREATE at login, and a change with GUILD_UPDATE")
    void afkChannel() throws Exception {
        Guild g = jda.getGuildById(guild.id());
        assertThat(g.getAfkChannel()).isNotNull();
        assertThat(g.getAfkChannel().getName()).isEqualTo("Lounge");
        long away = guild.voiceChannel("Away");
        cached(() -> g.getVoiceChannelById(away));
        client.events.clear();
        guild.afkChannel("Away");
        GuildUpdateAfkChannelEvent changed = next(GuildUpdateAfkChannelEvent.class);
        assertThat(changed.getOldAfkChannel().getName()).isEqualTo("Lounge");
        assertThat(changed.getNewAfkChannel().getIdLong()).isEqualTo(away);
        assertThat(g.getAfkChannel().getIdLong()).isEqualTo(away);
        guild.afkChannel(null);
        assertThat(next(GuildUpdateAfkChannelEvent.class).getNewAfkChannel()).isNull();
        assertThat(g.getAfkChannel()).isNull();
    }

    @Test
    @DisplayName("a slash command with options is delivered, deferred, and the deferred reply is edited")
    void slashCommandDeferredAndEdited() throws Exception {
        client.events.clear();
        InteractionTicket ticket = alice.runs("#general", "/proposal", Map.of("title", "Raid on Fridays", "hours", 48));
        SlashCommandInteractionEvent e = next(SlashCommandInteractionEvent.class);
        assertThat(e.getName()).isEqualTo("proposal");
        assertThat(e.getOption("title").getAsString()).isEqualTo("Raid on Fridays");
        assertThat(e.getOption("hours").getAsInt()).isEqualTo(48);
        assertThat(e.getUser().getIdLong()).isEqualTo(alice.id());
        e.deferReply().complete();
        assertThat(ticket.ack()).isEqualTo(Ack.DEFER_REPLY);
        e.getHook().editOriginal("Opened: " + e.getOption("title").getAsString())
                .setComponents(ActionRow.of(Button.success("vote:yes", "Yes"), Button.danger("vote:no", "No")))
                .complete();
        MessageView reply = ticket.awaitReply(m -> m.content().startsWith("Opened"), WAIT);
        assertThat(reply.buttons()).extracting(MessageView.ButtonView::customId).containsExactly("vote:yes", "vote:no");
        assertThat(guild.lastMessage("general").content()).isEqualTo("Opened: Raid on Fridays");

        // JDA refuses a second acknowledgement itself; a second process (a gateway replica) would reach Discord
        HttpResponse<String> second = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        emulator.restUrl() + "interactions/" + e.getId() + "/" + e.getToken() + "/callback"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":5}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("\"code\":40060");
    }

    @Test
    @DisplayName("a button click reaches JDA with its message; deferEdit + editOriginal changes that message")
    void buttonClick() throws Exception {
        client.events.clear();
        InteractionTicket opened = alice.runs("#general", "/proposal", Map.of("title", "Buttons"));
        SlashCommandInteractionEvent slash = next(SlashCommandInteractionEvent.class);
        slash.reply("Vote!").setComponents(ActionRow.of(Button.primary("ballot:42:yes", "Yes"))).complete();
        MessageView message = opened.awaitReply(m -> m.content().equals("Vote!"), WAIT);

        InteractionTicket click = guild.member("bob").clicks("Yes", message);
        ButtonInteractionEvent e = next(ButtonInteractionEvent.class);
        assertThat(e.getComponentId()).isEqualTo("ballot:42:yes");
        assertThat(e.getMessage().getIdLong()).isEqualTo(message.id());
        e.deferEdit().complete();
        e.getHook().editOriginal("Votes: 1").setComponents(ActionRow.of(Button.primary("ballot:42:yes", "Yes")
                .asDisabled())).complete();
        MessageView after = click.awaitReply(m -> m.content().equals("Votes: 1"), WAIT);
        assertThat(after.id()).isEqualTo(message.id());
        assertThat(after.button("Yes").disabled()).isTrue();
    }

    @Test
    @DisplayName("a string select delivers the picked values")
    void stringSelect() throws Exception {
        client.events.clear();
        InteractionTicket opened = alice.runs("#general", "/proposal", Map.of("title", "Select"));
        next(SlashCommandInteractionEvent.class).reply("Pick").setComponents(ActionRow.of(StringSelectMenu.create(
                "pick").addOption("Friday", "fri").addOption("Saturday", "sat").setMaxValues(2).build())).complete();
        MessageView message = opened.awaitReply(m -> m.content().equals("Pick"), WAIT);
        alice.selects("pick", message, "fri", "sat");
        StringSelectInteractionEvent e = next(StringSelectInteractionEvent.class);
        assertThat(e.getValues()).containsExactly("fri", "sat");
        e.reply("ok").setEphemeral(true).complete();
        assertThat(alice.ephemeralIn("#general")).extracting(MessageView::content).contains("ok");
        assertThat(guild.messages("#general")).extracting(MessageView::content).doesNotContain("ok");
    }

    @Test
    @DisplayName("the bot opens a form (modal); its submission carries the typed values")
    void modal() throws Exception {
        client.events.clear();
        InteractionTicket opened = alice.runs("#general", "/form");
        next(SlashCommandInteractionEvent.class).replyModal(Modal.create("suggest", "Suggestion")
                .addComponents(Label.of("Title", TextInput.create("title", TextInputStyle.SHORT).build()),
                        Label.of("Details", TextInput.create("details", TextInputStyle.PARAGRAPH).build()))
                .build()).complete();
        assertThat(opened.ack()).isEqualTo(Ack.MODAL);
        alice.submits(opened, Map.of("title", "More raids", "details", "Twice a week"));
        ModalInteractionEvent e = next(ModalInteractionEvent.class);
        assertThat(e.getModalId()).isEqualTo("suggest");
        assertThat(e.getValue("title").getAsString()).isEqualTo("More raids");
        assertThat(e.getValue("details").getAsString()).isEqualTo("Twice a week");
        e.deferReply(true).complete();
    }

    @Test
    @DisplayName("an interaction acknowledged after Discord's deadline is gone: 10062 Unknown interaction")
    void lateAcknowledgement() throws Exception {
        client.events.clear();
        emulator.ackDeadline(Duration.ofMillis(200));
        try {
            alice.runs("#general", "/form");
            SlashCommandInteractionEvent e = next(SlashCommandInteractionEvent.class);
            Thread.sleep(400);
            assertThatThrownBy(() -> e.deferReply().complete())
                    .isInstanceOfSatisfying(ErrorResponseException.class,
                            ex -> assertThat(ex.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_INTERACTION));
        } finally {
            emulator.ackDeadline(Duration.ofSeconds(3));
        }
    }

    @Test
    @DisplayName("a DM to a member with closed DMs fails with 50007; an open one arrives")
    void directMessages() {
        MemberScript carol = guild.member("carol");
        jda.openPrivateChannelById(carol.id()).flatMap(c -> c.sendMessage("welcome")).complete();
        assertThat(carol.directMessages()).extracting(MessageView::content).containsExactly("welcome");
        carol.closesDms();
        assertThatThrownBy(() -> jda.openPrivateChannelById(carol.id()).flatMap(c -> c.sendMessage("again"))
                .complete()).isInstanceOfSatisfying(ErrorResponseException.class,
                        ex -> assertThat(ex.getErrorResponse()).isEqualTo(ErrorResponse.CANNOT_SEND_TO_USER));
    }

    @Test
    @DisplayName("reactions arrive as events and are listed page by page like Discord")
    void reactions() throws Exception {
        var channel = jda.getTextChannelById(guild.channelId("general"));
        var sent = channel.sendMessage("react here").complete();
        client.events.clear();
        alice.reacts("general", sent.getIdLong(), "👍");
        MessageReactionAddEvent add = next(MessageReactionAddEvent.class);
        assertThat(add.getUserIdLong()).isEqualTo(alice.id());
        assertThat(add.getEmoji().getName()).isEqualTo("👍");
        for (int k = 0; k < 30; k++) {
            guild.member("fan" + k).reacts("general", sent.getIdLong(), "👍");
        }
        List<net.dv8tion.jda.api.entities.User> users = channel.retrieveReactionUsersById(sent.getIdLong(),
                Emoji.fromUnicode("👍")).limit(10).takeAsync(100).get(10, TimeUnit.SECONDS);
        assertThat(users).hasSize(31);
        assertThat(emulator.calls("GET /channels/{channel}/messages/{message}/reactions/{emoji}")).hasSizeGreaterThan(1);
        client.events.clear();
        alice.unreacts("general", sent.getIdLong(), "👍");
        assertThat(next(MessageReactionRemoveEvent.class).getUserIdLong()).isEqualTo(alice.id());
    }

    @Test
    @DisplayName("members joining, leaving, moving in voice and deleting messages reach JDA")
    void memberEvents() throws Exception {
        client.events.clear();
        MemberScript dave = guild.member("dave");
        assertThat(next(GuildMemberJoinEvent.class).getUser().getIdLong()).isEqualTo(dave.id());
        dave.joinsVoice("Lounge");
        GuildVoiceUpdateEvent voice = next(GuildVoiceUpdateEvent.class);
        assertThat(voice.getChannelJoined().getName()).isEqualTo("Lounge");
        var sent = jda.getTextChannelById(guild.channelId("general")).sendMessage("to delete").complete();
        guild.deleteMessage("general", sent.getIdLong());
        assertThat(next(MessageDeleteEvent.class).getMessageIdLong()).isEqualTo(sent.getIdLong());
        dave.leavesGuild();
        assertThat(next(GuildMemberRemoveEvent.class).getUser().getIdLong()).isEqualTo(dave.id());
    }

    @Test
    @DisplayName("moderation: role, timeout, kick and ban (with its audit-log reason) are recorded")
    void moderation() throws Exception {
        Guild g = jda.getGuildById(guild.id());
        MemberScript erin = guild.member("erin");
        MemberScript frank = guild.member("frank");
        MemberScript gus = guild.member("gus");
        long muted = guild.role("Muted", 0);
        // JDA learns of new roles and members from gateway events, in its own thread
        cached(() -> g.getMemberById(gus.id()));
        var role = cached(() -> g.getRoleById(muted));
        g.addRoleToMember(UserSnowflake.fromId(erin.id()), role).reason("restrict").complete();
        assertThat(erin.roles()).contains(muted);
        g.timeoutFor(UserSnowflake.fromId(erin.id()), Duration.ofHours(1)).reason("timeout").complete();
        assertThat(erin.timedOut()).isTrue();
        g.kick(UserSnowflake.fromId(frank.id())).reason("kick").complete();
        assertThat(guild.isMember(frank.id())).isFalse();
        g.ban(UserSnowflake.fromId(gus.id()), 0, TimeUnit.SECONDS).reason("escalation 42: ban").complete();
        assertThat(guild.banReason(gus.id())).isEqualTo("escalation 42: ban");
        assertThat(guild.isMember(gus.id())).isFalse();
    }

    /**
     * Discord's permission hierarchy (discord-api-docs, topics/Permissions.md, "Permission Hierarchy"; resources/Guild.md,
     * "Create Guild Ban", "Remove Guild Member", "Modify Guild Member": 403 50013 Missing Permissions): a bot acts on a
     * member only with the permission and only below its own highest role, never on the owner, and never times out an
     * administrator. JDA checks the same before asking; the emulator refuses requests that bypass JDA.
     */
    @Test
    @DisplayName("permissions: no ban without Ban Members, none on the owner or on a member at or above the bot's role (50013)")
    void permissionHierarchy() throws Exception {
        long senior = strict.roleAboveBot("Senior", 0);
        long admins = strict.role("Admin", Permissions.ADMINISTRATOR);
        MemberScript above = strict.member("above", senior);
        MemberScript admin = strict.member("admin", admins);
        MemberScript plain = strict.member("plain");
        Guild g = cached(() -> jda.getGuildById(strict.id()));
        cached(() -> g.getMemberById(plain.id()));
        // JDA refuses before asking Discord
        assertThatThrownBy(() -> g.ban(UserSnowflake.fromId(strict.owner().id()), 0, TimeUnit.SECONDS).complete())
                .isInstanceOf(net.dv8tion.jda.api.exceptions.HierarchyException.class);
        assertThatThrownBy(() -> g.kick(UserSnowflake.fromId(above.id())).complete())
                .isInstanceOf(net.dv8tion.jda.api.exceptions.HierarchyException.class);
        // requests that bypass JDA's checks get Discord's answer
        assertThat(rest("PUT", "guilds/" + strict.id() + "/bans/" + strict.owner().id(), "{}").body())
                .contains("\"code\":50013");
        assertThat(rest("DELETE", "guilds/" + strict.id() + "/members/" + above.id(), null).statusCode())
                .isEqualTo(403);
        assertThat(rest("PATCH", "guilds/" + strict.id() + "/members/" + admin.id(),
                "{\"communication_disabled_until\":\"" + java.time.Instant.now().plusSeconds(60) + "\"}").body())
                .contains("\"code\":50013");
        assertThat(strict.isMember(above.id())).isTrue();
        // a guild that takes Ban Members away from the bot
        strict.botPermissions(Permissions.MEMBER_DEFAULTS | Permissions.KICK_MEMBERS);
        cached(() -> g.getSelfMember().hasPermission(net.dv8tion.jda.api.Permission.BAN_MEMBERS) ? null : g);
        assertThatThrownBy(() -> g.ban(UserSnowflake.fromId(plain.id()), 0, TimeUnit.SECONDS).complete())
                .isInstanceOf(net.dv8tion.jda.api.exceptions.InsufficientPermissionException.class);
        HttpResponse<String> refused = rest("PUT", "guilds/" + strict.id() + "/bans/" + plain.id(), "{}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":50013", "Missing Permissions");
        assertThat(strict.banReason(plain.id())).isNull();
        // what it still may do, it does
        g.kick(UserSnowflake.fromId(plain.id())).complete();
        assertThat(strict.isMember(plain.id())).isFalse();
    }

    private static HttpResponse<String> rest(String method, String path, String body) throws Exception {
        return client.rest(method, path, body);
    }

    @Test
    @DisplayName("a storm of shared-scope 429s (a limit the bot's buckets do not announce): JDA waits and every message is posted once, in order")
    void rateLimits() throws Exception {
        long channelId = guild.textChannel("storm");
        emulator.rateLimitStorm(3, Duration.ofMillis(500));
        try {
            var channel = cached(() -> jda.getTextChannelById(channelId));
            // one after another, as the gateway performs a channel's actions: JDA may reorder queued requests of
            // a route while it learns the route's bucket from the first answers
            for (int k = 0; k < 10; k++) {
                channel.sendMessage("m" + k).complete();
            }
            channel.sendMessage("last").complete();
        } finally {
            emulator.rateLimitStorm(0, Duration.ZERO);
        }
        assertThat(emulator.calls("POST /channels/{channel}/messages")).filteredOn(c -> c.status() == 429)
                .as("Discord said 429 at least once").isNotEmpty();
        assertThat(guild.messages("storm")).extracting(MessageView::content)
                .containsExactly("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "last");
    }

    private static <T> T cached(Supplier<T> lookup) throws InterruptedException {
        return JdaClient.cached(lookup);
    }
}
