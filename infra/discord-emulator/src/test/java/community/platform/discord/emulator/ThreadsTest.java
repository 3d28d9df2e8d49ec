package community.platform.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.discord.emulator.script.ThreadView;
import community.platform.testkit.Await;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.channel.ChannelCreateEvent;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.channel.update.ChannelUpdateArchivedEvent;
import net.dv8tion.jda.api.events.channel.update.ChannelUpdateNameEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Public threads (topics/threads.mdx; resources/channel.mdx "Start Thread from Message", "Start Thread without
 * Message", "Modify Channel", "List Public Archived Threads"; resources/guild.mdx "List Active Guild Threads";
 * events/gateway-events.mdx "Thread Create", "Thread Update", "Thread Delete") through the unmodified JDA client.
 */
class ThreadsTest {

    private static DiscordEmulator emulator;
    private static JdaClient client;
    private static JDA jda;
    private static GuildScript guild;
    private static MemberScript alice;
    private static MemberScript bob;
    private static TextChannel general;

    @BeforeAll
    static void logIn() throws Exception {
        emulator = DiscordEmulator.start();
        emulator.faults(Faults.NONE);
        guild = emulator.createGuild("Threads");
        guild.textChannel("general");
        guild.textChannel("no-threads");
        guild.textChannel("quiet");
        guild.textChannel("archive");
        guild.overwrite("#no-threads", emulator.botUserId(), 0, Permissions.CREATE_PUBLIC_THREADS);
        alice = guild.member("alice");
        bob = guild.member("bob");
        client = JdaClient.logIn(emulator);
        jda = client.jda;
        general = JdaClient.cached(() -> jda.getTextChannelById(guild.channelId("general")));
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

    /**
     * channel.mdx "Start Thread from Message": "The id of the created thread will be the same as the id of the source
     * message, and as such a message can only have a single thread created from it" (160004); the message's
     * {@code thread}; messages in the thread have its id as their channel.
     */
    @Test
    @DisplayName("JDA starts a thread from a message: the thread has the message's id, JDA caches it, sends in it, and a second thread from the message gets 160004")
    void startFromMessage() throws Exception {
        Message proposal = general.sendMessage("Raid on Fridays?").complete();
        ThreadChannel thread = proposal.createThreadChannel("Raid talk").complete();
        assertThat(thread.getIdLong()).isEqualTo(proposal.getIdLong());
        assertThat(thread.getType()).isEqualTo(ChannelType.GUILD_PUBLIC_THREAD);
        assertThat(thread.getParentChannel().getIdLong()).isEqualTo(general.getIdLong());
        assertThat(thread.getOwnerIdLong()).isEqualTo(emulator.botUserId());
        assertThat(thread.isArchived()).isFalse();
        assertThat(thread.getAutoArchiveDuration()).isEqualTo(ThreadChannel.AutoArchiveDuration.TIME_24_HOURS);
        assertThat(JdaClient.cached(() -> jda.getThreadChannelById(proposal.getIdLong())).getName())
                .isEqualTo("Raid talk");

        ThreadView seen = guild.thread("Raid talk");
        assertThat(seen.id()).isEqualTo(proposal.getIdLong());
        assertThat(seen.parentId()).isEqualTo(general.getIdLong());
        assertThat(seen.ownerId()).isEqualTo(emulator.botUserId());
        assertThat(seen.archived()).isFalse();
        assertThat(guild.threads("general")).extracting(ThreadView::name).contains("Raid talk");
        assertThat(guild.message("general", proposal.getIdLong()).threadId()).isEqualTo(proposal.getIdLong());
        assertThat(general.retrieveMessageById(proposal.getId()).complete().getStartedThread().getIdLong())
                .isEqualTo(thread.getIdLong());

        client.events.clear();
        Message inThread = thread.sendMessage("Fridays work for me").complete();
        assertThat(inThread.getChannel().getIdLong()).isEqualTo(thread.getIdLong());
        assertThat(client.next(MessageReceivedEvent.class, e -> e.getMessageIdLong() == inThread.getIdLong())
                .isFromThread()).isTrue();
        assertThat(guild.thread(thread.getIdLong()).messages()).extracting(MessageView::content)
                .containsExactly("Fridays work for me");
        assertThat(guild.messages("Raid talk")).extracting(MessageView::id).containsExactly(inThread.getIdLong());
        MessageView found = guild.message(inThread.getIdLong());
        assertThat(found.channelId()).isEqualTo(thread.getIdLong());
        assertThat(guild.messages("general")).extracting(MessageView::id).doesNotContain(inThread.getIdLong());
        assertThat(thread.getHistory().retrievePast(10).complete()).extracting(Message::getContentRaw)
                .containsExactly("Fridays work for me");

        // a member's message in the thread
        MessageView said = alice.says("Raid talk", "me too");
        MessageReceivedEvent received = client.next(MessageReceivedEvent.class, e -> e.getMessageIdLong() == said.id());
        assertThat(received.getChannel().getIdLong()).isEqualTo(thread.getIdLong());
        assertThat(received.getAuthor().getIdLong()).isEqualTo(alice.id());

        assertThatThrownBy(() -> proposal.createThreadChannel("Again").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(160004);
                    assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS);
                });
        assertThat(guild.threads("general")).extracting(ThreadView::name).doesNotContain("Again");
    }

    /** gateway-events.mdx "Thread Create": "newly_created" when the thread was just made; JDA's ChannelCreateEvent. */
    @Test
    @DisplayName("threads JDA learns of on the gateway only (a member's, one made around it) arrive as ChannelCreateEvent; bad names and durations get 50035")
    void threadCreateEvents() throws Exception {
        MessageView message = alice.says("#general", "who wants to plan?");
        client.events.clear();
        ThreadView planning = alice.startsThread(message, "Planning");
        ChannelCreateEvent created = client.next(ChannelCreateEvent.class,
                e -> e.getChannel().getIdLong() == message.id());
        assertThat(created.getChannelType()).isEqualTo(ChannelType.GUILD_PUBLIC_THREAD);
        ThreadChannel thread = created.getChannel().asThreadChannel();
        assertThat(thread.getOwnerIdLong()).isEqualTo(alice.id());
        assertThat(thread.getName()).isEqualTo("Planning");
        assertThat(planning.id()).isEqualTo(message.id());
        assertThatThrownBy(() -> bob.startsThread(message, "Planning again"))
                .hasMessageContaining("already been created");

        String path = "channels/" + general.getId() + "/threads";
        client.events.clear();
        JsonNode made = json(client.rest("POST", path, "{\"name\":\"Without a message\",\"type\":11,"
                + "\"auto_archive_duration\":60}"), 201);
        assertThat(made.path("type").asInt()).isEqualTo(11);
        assertThat(made.at("/thread_metadata/auto_archive_duration").asInt()).isEqualTo(60);
        assertThat(client.next(ChannelCreateEvent.class, e -> e.getChannel().getId().equals(made.path("id").asString()))
                .getChannel().getName()).isEqualTo("Without a message");

        long other = general.sendMessage("another").complete().getIdLong();
        String fromMessage = "channels/" + general.getId() + "/messages/" + other + "/threads";
        assertThat(json(client.rest("POST", fromMessage, "{\"name\":\"\"}"), 400)
                .at("/errors/name/_errors/0/code").asString()).isEqualTo("BASE_TYPE_BAD_LENGTH");
        assertThat(json(client.rest("POST", fromMessage, "{\"name\":\"" + "x".repeat(101) + "\"}"), 400)
                .at("/errors/name/_errors/0/code").asString()).isEqualTo("BASE_TYPE_BAD_LENGTH");
        JsonNode badDuration = json(client.rest("POST", fromMessage, "{\"name\":\"ok\",\"auto_archive_duration\":30}"),
                400);
        assertThat(badDuration.path("code").asInt()).isEqualTo(50035);
        assertThat(badDuration.at("/errors/auto_archive_duration/_errors/0/code").asString())
                .isEqualTo("BASE_TYPE_CHOICES");
        assertThat(guild.message(other).threadId()).isNull();
        // a thread is not a channel threads start in
        assertThat(json(client.rest("POST", "channels/" + planning.id() + "/threads", "{\"name\":\"x\",\"type\":11}"),
                400).path("code").asInt()).isEqualTo(50024);
    }

    /**
     * threads.mdx "Permissions": Create Public Threads in the channel to start one; "The SEND_MESSAGES permission has
     * no effect in threads; users must have SEND_MESSAGES_IN_THREADS to talk in a thread".
     */
    @Test
    @DisplayName("without Create Public Threads JDA refuses and Discord answers 50013; without Send Messages in Threads the bot may post in the channel but not its threads")
    void permissions() throws Exception {
        TextChannel noThreads = JdaClient.cached(() -> {
            TextChannel c = jda.getTextChannelById(guild.channelId("no-threads"));
            return c != null && !c.getGuild().getSelfMember().hasPermission(c,
                    net.dv8tion.jda.api.Permission.CREATE_PUBLIC_THREADS) ? c : null;
        });
        Message m = noThreads.sendMessage("no threads here").complete();
        assertThatThrownBy(() -> m.createThreadChannel("nope")).isInstanceOf(InsufficientPermissionException.class);
        assertThat(json(client.rest("POST", "channels/" + noThreads.getId() + "/messages/" + m.getId() + "/threads",
                "{\"name\":\"nope\"}"), 403).path("code").asInt()).isEqualTo(50013);
        assertThat(guild.threads("no-threads")).isEmpty();

        TextChannel quiet = JdaClient.cached(() -> jda.getTextChannelById(guild.channelId("quiet")));
        ThreadChannel thread = quiet.sendMessage("topic").complete().createThreadChannel("Quiet thread").complete();
        guild.overwrite("#quiet", emulator.botUserId(), 0, Permissions.SEND_MESSAGES_IN_THREADS);
        assertThat(json(client.rest("POST", "channels/" + thread.getId() + "/messages", "{\"content\":\"x\"}"), 403)
                .path("code").asInt()).isEqualTo(50013);
        assertThat(client.rest("POST", "channels/" + quiet.getId() + "/messages", "{\"content\":\"x\"}").statusCode())
                .isEqualTo(200);
        assertThat(guild.thread("Quiet thread").messages()).isEmpty();
    }

    /**
     * threads.mdx "Active &amp; Archived Threads": archived threads are read-only ("Users cannot edit messages, add
     * reactions"; 50083 "Thread is archived"), "Sending a message will automatically unarchive the thread"; JDA drops
     * archived threads from its cache and builds them again from the THREAD_UPDATE that un-archives them.
     */
    @Test
    @DisplayName("archived: JDA drops the thread, edits, reactions and deletes get 50083, JDA finds it with retrieveArchivedPublicThreadChannels and a message un-archives it")
    void archiveAndUnarchive() throws Exception {
        Message starter = general.sendMessage("Long-running topic").complete();
        ThreadChannel thread = starter.createThreadChannel("Long thread").complete();
        Message before = thread.sendMessage("before the archive").complete();
        JdaClient.cached(() -> jda.getThreadChannelById(thread.getIdLong()));

        client.events.clear();
        guild.archiveThread(thread.getIdLong());
        assertThat(client.next(ChannelUpdateArchivedEvent.class).getNewValue()).isTrue();
        Await.until("JDA to drop the archived thread", JdaClient.WAIT,
                () -> jda.getThreadChannelById(thread.getIdLong()) == null);
        assertThat(guild.thread(thread.getIdLong()).archived()).isTrue();

        assertThatThrownBy(() -> thread.editMessageById(before.getId(), "edited").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(50083);
                    assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.ILLEGAL_OPERATION_ARCHIVED_THREAD);
                });
        assertThatThrownBy(() -> thread.addReactionById(before.getId(), Emoji.fromUnicode("👍")).complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getErrorCode()).isEqualTo(50083));
        JsonNode deleted = json(client.rest("DELETE", "channels/" + thread.getId() + "/messages/" + before.getId(), null),
                400);
        assertThat(deleted.path("code").asInt()).isEqualTo(50083);
        assertThat(deleted.path("message").asString()).isEqualTo("Thread is archived");
        assertThat(guild.thread(thread.getIdLong()).lastMessage().content()).isEqualTo("before the archive");
        assertThatThrownBy(() -> alice.reacts("Long thread", before.getIdLong(), "👍"))
                .isInstanceOf(IllegalStateException.class);
        // "Requires the thread to have archived set to false or be set to false in the request"
        assertThat(json(client.rest("PATCH", "channels/" + thread.getId(), "{\"name\":\"renamed\"}"), 400)
                .path("code").asInt()).isEqualTo(50083);

        List<ThreadChannel> archived = general.retrieveArchivedPublicThreadChannels().complete();
        ThreadChannel found = archived.stream().filter(t -> t.getIdLong() == thread.getIdLong()).findFirst()
                .orElseThrow();
        assertThat(found.isArchived()).isTrue();

        client.events.clear();
        Message after = found.sendMessage("after the archive").complete();
        assertThat(client.next(ChannelUpdateArchivedEvent.class).getNewValue()).isFalse();
        client.next(MessageReceivedEvent.class, e -> e.getMessageIdLong() == after.getIdLong());
        ThreadView open = guild.thread(thread.getIdLong());
        assertThat(open.archived()).isFalse();
        assertThat(open.messages()).extracting(MessageView::content)
                .containsExactly("before the archive", "after the archive");
        assertThat(jda.getThreadChannelById(thread.getIdLong()).isArchived()).isFalse();

        // archived again, and un-archived by a member's message while JDA has no thread cached: THREAD_UPDATE comes
        // first and JDA builds the thread again before the message
        guild.archiveThread(thread.getIdLong());
        Await.until("JDA to drop the archived thread", JdaClient.WAIT,
                () -> jda.getThreadChannelById(thread.getIdLong()) == null);
        client.events.clear();
        MessageView bump = bob.says(guild.thread(thread.getIdLong()), "bump");
        ChannelUpdateArchivedEvent unarchived = client.next(ChannelUpdateArchivedEvent.class);
        assertThat(unarchived.getNewValue()).isFalse();
        assertThat(client.next(MessageReceivedEvent.class, e -> e.getMessageIdLong() == bump.id()).getChannel()
                .getIdLong()).isEqualTo(thread.getIdLong());
        assertThat(jda.getThreadChannelById(thread.getIdLong())).isNotNull();
        assertThat(guild.thread(thread.getIdLong()).archived()).isFalse();
    }

    /**
     * threads.mdx "Locked Threads" and "Active &amp; Archived Threads": a locked archived thread is un-archived by
     * nobody's message but a moderator's; its messages get 50083.
     */
    @Test
    @DisplayName("a locked thread takes no message from the bot (160005); locked and archived it stays archived: the bot's message gets 50083 and a member cannot post")
    void lockedThread() throws Exception {
        ThreadChannel thread = general.sendMessage("Closed case").complete().createThreadChannel("Closed").complete();
        guild.lockThread(thread.getIdLong());
        // locked but active: "Users won't be able to create or update messages in locked threads" (160005)
        JsonNode locked = json(client.rest("POST", "channels/" + thread.getId() + "/messages", "{\"content\":\"x\"}"),
                400);
        assertThat(locked.path("code").asInt()).isEqualTo(160005);
        assertThat(locked.path("message").asString()).isEqualTo("Thread is locked");
        guild.archiveThread(thread.getIdLong());
        Await.until("JDA to drop the archived thread", JdaClient.WAIT,
                () -> jda.getThreadChannelById(thread.getIdLong()) == null);
        assertThatThrownBy(() -> thread.sendMessage("late").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getErrorCode()).isEqualTo(50083));
        assertThatThrownBy(() -> alice.says("Closed", "let me in")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("locked");
        ThreadView closed = guild.thread("Closed");
        assertThat(closed.archived()).isTrue();
        assertThat(closed.locked()).isTrue();
        assertThat(closed.messages()).isEmpty();
    }

    /**
     * channel.mdx "Modify Channel" (thread params) and "Delete/Close Channel": its owner may rename and archive it,
     * locking and deleting need Manage Threads (JDA lets the owner try to delete).
     */
    @Test
    @DisplayName("the bot renames its thread (THREAD_UPDATE), may not lock or delete it without Manage Threads (50013), deletes it with (THREAD_DELETE)")
    void modifyAndDelete() throws Exception {
        ThreadChannel thread = general.sendMessage("Rename me").complete().createThreadChannel("Old name").complete();
        client.events.clear();
        thread.getManager().setName("New name").complete();
        ChannelUpdateNameEvent renamed = client.next(ChannelUpdateNameEvent.class);
        assertThat(renamed.getOldValue()).isEqualTo("Old name");
        assertThat(renamed.getNewValue()).isEqualTo("New name");
        assertThat(guild.thread(thread.getIdLong()).name()).isEqualTo("New name");

        assertThatThrownBy(() -> thread.getManager().setLocked(true)).isInstanceOf(InsufficientPermissionException.class);
        assertThat(json(client.rest("PATCH", "channels/" + thread.getId(), "{\"locked\":true}"), 403).path("code")
                .asInt()).isEqualTo(50013);
        assertThatThrownBy(() -> thread.delete().complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getErrorCode()).isEqualTo(50013));
        assertThat(guild.thread(thread.getIdLong())).isNotNull();

        guild.botPermissions(Permissions.BOT_DEFAULTS | Permissions.MANAGE_THREADS);
        try {
            JdaClient.cached(() -> jda.getGuildById(guild.id()).getSelfMember()
                    .hasPermission(net.dv8tion.jda.api.Permission.MANAGE_THREADS) ? true : null);
            client.events.clear();
            thread.delete().complete();
            assertThat(client.next(ChannelDeleteEvent.class).getChannel().getIdLong()).isEqualTo(thread.getIdLong());
            assertThat(guild.thread(thread.getIdLong())).isNull();
            assertThat(jda.getThreadChannelById(thread.getIdLong())).isNull();
        } finally {
            guild.botPermissions(Permissions.BOT_DEFAULTS);
        }
    }

    /**
     * guild.mdx "List Active Guild Threads"; channel.mdx "List Public Archived Threads": "ordered by
     * archive_timestamp, in descending order", {@code before}, {@code limit}, {@code has_more}; GUILD_CREATE's
     * {@code threads}: the active ones.
     */
    @Test
    @DisplayName("active threads in GUILD_CREATE and the active list; archived ones newest archive first, before and limit, has_more")
    void listings() throws Exception {
        TextChannel archive = JdaClient.cached(() -> jda.getTextChannelById(guild.channelId("archive")));
        ThreadChannel first = archive.sendMessage("one").complete().createThreadChannel("First").complete();
        ThreadChannel second = archive.sendMessage("two").complete().createThreadChannel("Second").complete();
        ThreadChannel active = archive.sendMessage("three").complete().createThreadChannel("Active").complete();
        guild.archiveThread(first.getIdLong());
        // archive times apart from 'between' on either side, whatever the clock's resolution
        Instant firstArchived = guild.thread(first.getIdLong()).archiveTimestamp();
        Await.until("the clock past the first archive", Duration.ofSeconds(5),
                () -> Instant.now().isAfter(firstArchived));
        Instant between = Instant.now();
        Await.until("the clock past 'between'", Duration.ofSeconds(5), () -> Instant.now().isAfter(between));
        guild.archiveThread(second.getIdLong());

        String path = "channels/" + archive.getId() + "/threads/archived/public";
        JsonNode all = json(client.rest("GET", path, null), 200);
        assertThat(all.path("threads").valueStream().map(t -> t.path("name").asString()).toList())
                .containsExactly("Second", "First");
        assertThat(all.path("has_more").asBoolean()).isFalse();
        assertThat(all.path("members").size()).isEqualTo(2);
        JsonNode one = json(client.rest("GET", path + "?limit=1", null), 200);
        assertThat(one.path("threads").size()).isEqualTo(1);
        assertThat(one.path("has_more").asBoolean()).isTrue();
        JsonNode older = json(client.rest("GET", path + "?before=" + between, null), 200);
        assertThat(older.path("threads").valueStream().map(t -> t.path("name").asString()).toList())
                .containsExactly("First");

        assertThat(jda.getGuildById(guild.id()).retrieveActiveThreads().complete()).extracting(ThreadChannel::getName)
                .contains("Active").doesNotContain("First", "Second");
        try (JdaClient later = JdaClient.logIn(emulator)) {
            var cachedThreads = later.jda.getGuildById(guild.id()).getThreadChannels();
            assertThat(cachedThreads).extracting(ThreadChannel::getIdLong).contains(active.getIdLong())
                    .doesNotContain(first.getIdLong(), second.getIdLong());
        }
    }

    /**
     * receiving-and-responding.mdx "Interaction Object": {@code channel_id} and {@code channel} are the thread's; the
     * reply goes there.
     */
    @Test
    @DisplayName("a member clicks a button on a message in a thread: JDA gets the thread as the interaction's channel and its reply lands in the thread")
    void buttonInThread() throws Exception {
        ThreadChannel thread = general.sendMessage("Vote here").complete().createThreadChannel("Ballot").complete();
        thread.sendMessage("Ready?").setComponents(ActionRow.of(Button.primary("ready:yes", "Yes"))).complete();
        MessageView ballot = guild.thread("Ballot").lastMessage();
        assertThat(ballot.channelId()).isEqualTo(thread.getIdLong());

        client.events.clear();
        InteractionTicket click = bob.clicks("Yes", ballot);
        ButtonInteractionEvent e = client.next(ButtonInteractionEvent.class);
        assertThat(e.getComponentId()).isEqualTo("ready:yes");
        assertThat(e.getChannelIdLong()).isEqualTo(thread.getIdLong());
        assertThat(e.getChannelType()).isEqualTo(ChannelType.GUILD_PUBLIC_THREAD);
        assertThat(e.getChannel().asThreadChannel().getParentChannel().getIdLong()).isEqualTo(general.getIdLong());
        assertThat(e.getMessage().getIdLong()).isEqualTo(ballot.id());
        e.reply("counted").complete();
        assertThat(click.awaitReply(m -> m.content().equals("counted"), JdaClient.WAIT).channelId())
                .isEqualTo(thread.getIdLong());
        assertThat(guild.thread("Ballot").messages()).extracting(MessageView::content).contains("counted");

        // by the thread's name: the newest message there with the button
        client.events.clear();
        alice.clicks("Yes", "Ballot");
        ButtonInteractionEvent byName = client.next(ButtonInteractionEvent.class);
        assertThat(byName.getUser().getIdLong()).isEqualTo(alice.id());
        byName.deferEdit().complete();

        // in an archived thread (JDA holds no thread: it builds one for the interaction); a reply un-archives it, an
        // edit of the message is refused as any edit there
        guild.archiveThread(thread.getIdLong());
        Await.until("JDA to drop the archived thread", JdaClient.WAIT,
                () -> jda.getThreadChannelById(thread.getIdLong()) == null);
        client.events.clear();
        bob.clicks("Yes", ballot);
        ButtonInteractionEvent archived = client.next(ButtonInteractionEvent.class);
        assertThat(archived.getChannelIdLong()).isEqualTo(thread.getIdLong());
        assertThat(archived.getChannel().asThreadChannel().isArchived()).isTrue();
        assertThatThrownBy(() -> archived.editMessage("changed").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, ex -> assertThat(ex.getErrorCode()).isEqualTo(50083));
        client.events.clear();
        bob.clicks("Yes", ballot);
        ButtonInteractionEvent again = client.next(ButtonInteractionEvent.class);
        again.reply("counted again").complete();
        assertThat(client.next(ChannelUpdateArchivedEvent.class).getNewValue()).isFalse();
        assertThat(guild.thread(thread.getIdLong()).archived()).isFalse();
        assertThat(guild.thread(thread.getIdLong()).lastMessage().content()).isEqualTo("counted again");
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Payloads.JSON.readTree(response.body());
    }
}
