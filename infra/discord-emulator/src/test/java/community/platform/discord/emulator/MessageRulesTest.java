package community.platform.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Discord's rules for messages where bots break (docs cited per test). */
class MessageRulesTest {

    private static DiscordEmulator emulator;
    private static JdaClient client;
    private static GuildScript guild;
    private static MemberScript alice;
    private static TextChannel general;

    @BeforeAll
    static void logIn() throws Exception {
        emulator = DiscordEmulator.start();
        emulator.faults(Faults.NONE);
        guild = emulator.createGuild("Messages");
        guild.textChannel("general");
        guild.textChannel("history");
        guild.textChannel("hidden");
        guild.textChannel("read-only");
        alice = guild.member("alice");
        client = JdaClient.logIn(emulator);
        client.jda.updateCommands().addCommands(Commands.slash("ask", "Ask")).complete();
        general = JdaClient.cached(() -> client.jda.getTextChannelById(guild.channelId("general")));
    }

    @AfterAll
    static void logOut() {
        client.close();
        emulator.close();
    }

    /**
     * receiving-and-responding.mdx "Create Followup Message": directly after DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
     * "the loading message will be edited instead. The ephemeral flag will be ignored".
     */
    @Test
    @DisplayName("the first follow-up after a public deferred reply edits the 'thinking' message and stays public")
    void followupAfterDefer() throws Exception {
        client.events.clear();
        InteractionTicket ticket = alice.runs("#general", "/ask", Map.of());
        SlashCommandInteractionEvent e = client.next(SlashCommandInteractionEvent.class);
        e.deferReply(false).complete();
        int before = guild.messages("general").size();
        e.getHook().setEphemeral(true).sendMessage("meant to be private").complete();
        MessageView reply = ticket.awaitReply(m -> m.content().equals("meant to be private"), JdaClient.WAIT);
        assertThat(reply.ephemeral()).isFalse();
        assertThat(guild.messages("general")).hasSize(before);
        assertThat(alice.ephemeralIn("#general")).extracting(MessageView::content).doesNotContain("meant to be private");
        // the next follow-up is a message of its own, and may be private
        e.getHook().setEphemeral(true).sendMessage("now private").complete();
        assertThat(alice.ephemeralIn("#general")).extracting(MessageView::content).contains("now private");
    }

    /** components/reference.mdx "Custom ID"; message.mdx "Embed Limits"; reference.mdx "Error Messages". */
    @Test
    @DisplayName("duplicate custom ids in one message and over 6,000 characters of embeds are refused with 50035 naming the field")
    void componentAndEmbedLimits() throws Exception {
        String path = "channels/" + guild.channelId("general") + "/messages";
        JsonNode duplicate = json(client.rest("POST", path, """
                {"content":"vote","components":[{"type":1,"components":[
                  {"type":2,"style":1,"label":"Yes","custom_id":"vote"},
                  {"type":2,"style":1,"label":"Also yes","custom_id":"vote"}]}]}"""));
        assertThat(duplicate.path("code").asInt()).isEqualTo(50035);
        assertThat(duplicate.at("/errors/components/0/components/1/custom_id/_errors/0/code").asString())
                .isEqualTo("COMPONENT_CUSTOM_ID_DUPLICATED");
        String long3500 = "x".repeat(3500);
        JsonNode large = json(client.rest("POST", path, "{\"embeds\":[{\"description\":\"" + long3500
                + "\"},{\"description\":\"" + long3500 + "\"}]}"));
        assertThat(large.at("/errors/embeds/_errors/0/code").asString()).isEqualTo("MAX_EMBED_SIZE_EXCEEDED");
        assertThat(guild.messages("general")).extracting(MessageView::content).doesNotContain("vote");
    }

    /**
     * reference.mdx "Uploading Files": files as multipart {@code files[n]} beside {@code payload_json}, an embed shows
     * one with {@code attachment://filename}; "The default limit is 10 MiB" per file, else 413 with 40005 "Request
     * entity too large"; an edit listing {@code attachments} keeps only those.
     */
    @Test
    @DisplayName("files upload as multipart, an embed shows one by attachment://, over 10 MiB is refused with 40005")
    void files() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0, 1, 2, 3};
        Message sent = general.sendMessageEmbeds(new net.dv8tion.jda.api.EmbedBuilder().setTitle("Chart")
                        .setImage("attachment://chart.png").build())
                .addFiles(net.dv8tion.jda.api.utils.FileUpload.fromData(png, "chart.png").setDescription("a chart"))
                .complete();
        assertThat(sent.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getFileName()).isEqualTo("chart.png");
            assertThat(a.getSize()).isEqualTo(png.length);
            assertThat(a.getDescription()).isEqualTo("a chart");
            assertThat(a.getContentType()).isEqualTo("image/png");
        });
        assertThat(sent.getEmbeds().get(0).getImage().getUrl()).as("the embed shows the uploaded file")
                .isEqualTo(sent.getAttachments().get(0).getUrl());
        MessageView seen = guild.messages("general").stream().filter(m -> m.id() == sent.getIdLong()).findFirst()
                .orElseThrow();
        assertThat(seen.attachments()).singleElement().satisfies(a -> assertThat(a.data()).isEqualTo(png));
        // an edit that lists no attachments removes them; the embed stays
        sent.editMessageEmbeds(sent.getEmbeds()).setAttachments(List.of()).complete();
        assertThat(guild.messages("general").stream().filter(m -> m.id() == sent.getIdLong()).findFirst()
                .orElseThrow().attachments()).isEmpty();
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        assertThatThrownBy(() -> general.sendMessage("big").addFiles(
                net.dv8tion.jda.api.utils.FileUpload.fromData(tooLarge, "big.bin")).complete())
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(40005));
        assertThat(guild.messages("general")).extracting(MessageView::content).doesNotContain("big");
    }

    /**
     * components/reference.mdx "String Select": 1 to 25 options with unique values, max_values no more than the
     * options; a member picks only options the select has, as many as it allows.
     */
    @Test
    @DisplayName("a select of 26 options or repeated values is refused with 50035; members pick only what it offers")
    void selects() throws Exception {
        String path = "channels/" + guild.channelId("general") + "/messages";
        StringBuilder options = new StringBuilder();
        for (int k = 0; k < 26; k++) {
            options.append(k == 0 ? "" : ",").append("{\"label\":\"o").append(k).append("\",\"value\":\"").append(k)
                    .append("\"}");
        }
        JsonNode tooMany = json(client.rest("POST", path, "{\"content\":\"pick\",\"components\":[{\"type\":1,"
                + "\"components\":[{\"type\":3,\"custom_id\":\"s\",\"options\":[" + options + "]}]}]}"));
        assertThat(tooMany.at("/errors/components/0/components/0/options/_errors/0/code").asString())
                .isEqualTo("BASE_TYPE_BAD_LENGTH");
        JsonNode repeated = json(client.rest("POST", path, """
                {"content":"pick","components":[{"type":1,"components":[{"type":3,"custom_id":"s","options":[
                  {"label":"A","value":"1"},{"label":"B","value":"1"}]}]}]}"""));
        assertThat(repeated.at("/errors/components/0/components/0/options/1/value/_errors/0/code").asString())
                .isEqualTo("SELECT_COMPONENT_OPTION_VALUE_DUPLICATED");
        Message menu = general.sendMessage("choose").addComponents(net.dv8tion.jda.api.components.actionrow.ActionRow.of(
                net.dv8tion.jda.api.components.selections.StringSelectMenu.create("menu").setPlaceholder("Fruit")
                        .addOption("Apple", "a").addOption("Pear", "p").setRequiredRange(1, 1).build())).complete();
        MessageView view = guild.messages("general").stream().filter(m -> m.id() == menu.getIdLong()).findFirst()
                .orElseThrow();
        assertThat(view.select("Fruit").options()).containsEntry("Pear", "p");
        assertThatThrownBy(() -> alice.picks("Fruit", view, "Plum")).hasMessageContaining("no option 'Plum'");
        assertThatThrownBy(() -> alice.picks("Fruit", view, "Apple", "Pear")).hasMessageContaining("1 to 1");
        client.events.clear();
        alice.picks("Fruit", view, "Pear");
        assertThat(client.next(net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent.class)
                .getValues()).containsExactly("p");
    }

    /** opcodes-and-status-codes.mdx: 50005 "Cannot edit a message authored by another user", 50006. */
    @Test
    @DisplayName("editing a member's message gets 50005; an edit that empties the bot's message gets 50006 and changes nothing")
    void editRules() throws Exception {
        MessageView said = alice.says("#general", "mine");
        assertThatThrownBy(() -> general.editMessageById(said.id(), "hijacked").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, ex -> assertThat(ex.getErrorCode())
                        .isEqualTo(50005));
        Message own = general.sendMessage("the bot's").complete();
        HttpResponse<String> empty = client.rest("PATCH", "channels/" + general.getId() + "/messages/"
                + own.getId(), "{\"content\":\"\"}");
        assertThat(json(empty).path("code").asInt()).isEqualTo(50006);
        assertThat(guild.message("general", own.getIdLong()).content()).isEqualTo("the bot's");
    }

    @Test
    @DisplayName("an ephemeral reply is reachable through its interaction's webhook only, not the channel routes (10008)")
    void ephemeralOnlyThroughWebhook() throws Exception {
        client.events.clear();
        InteractionTicket ticket = alice.runs("#general", "/ask", Map.of());
        SlashCommandInteractionEvent e = client.next(SlashCommandInteractionEvent.class);
        e.reply("just for you").setEphemeral(true).complete();
        long id = ticket.awaitReply(m -> true, JdaClient.WAIT).id();
        assertThat(e.getHook().retrieveOriginal().complete().getContentRaw()).isEqualTo("just for you");
        assertThat(json(client.rest("GET", "channels/" + general.getId() + "/messages/" + id, null)).path("code")
                .asInt()).isEqualTo(10008);
    }

    /** message.mdx "Get Channel Messages": newest first; before, after and around are mutually exclusive. */
    @Test
    @DisplayName("message history honours before, after and around, newest first, and refuses two anchors")
    void history() throws Exception {
        TextChannel channel = JdaClient.cached(() -> client.jda.getTextChannelById(guild.channelId("history")));
        List<Message> sent = new ArrayList<>();
        for (int k = 0; k < 9; k++) {
            sent.add(channel.sendMessage("h" + k).complete());
        }
        assertThat(channel.getHistoryBefore(sent.get(5), 3).complete().getRetrievedHistory())
                .extracting(Message::getContentRaw).containsExactly("h4", "h3", "h2");
        assertThat(channel.getHistoryAfter(sent.get(5), 2).complete().getRetrievedHistory())
                .extracting(Message::getContentRaw).containsExactly("h7", "h6");
        assertThat(channel.getHistoryAround(sent.get(4), 3).complete().getRetrievedHistory())
                .extracting(Message::getContentRaw).containsExactly("h5", "h4", "h3");
        assertThat(json(client.rest("GET", "channels/" + channel.getId() + "/messages?before=" + sent.get(5).getId()
                + "&after=" + sent.get(1).getId(), null)).path("code").asInt()).isEqualTo(50035);
    }

    /** gateway-events.mdx "Message Create" and friends: a bot receives its own messages' events too. */
    @Test
    @DisplayName("the bot's own creates, edits, reactions and deletes come back to it on the gateway")
    void ownEvents() throws Exception {
        client.events.clear();
        Message m = general.sendMessage("echo").complete();
        assertThat(client.next(MessageReceivedEvent.class, e -> e.getMessageIdLong() == m.getIdLong()).getAuthor()
                .getIdLong()).isEqualTo(emulator.botUserId());
        general.editMessageById(m.getId(), "echo, edited").complete();
        assertThat(client.next(MessageUpdateEvent.class).getMessage().getContentRaw()).isEqualTo("echo, edited");
        general.addReactionById(m.getId(), Emoji.fromUnicode("👍")).complete();
        assertThat(client.next(MessageReactionAddEvent.class).getUserIdLong()).isEqualTo(emulator.botUserId());
        general.deleteMessageById(m.getId()).complete();
        assertThat(client.next(MessageDeleteEvent.class).getMessageIdLong()).isEqualTo(m.getIdLong());
    }

    /**
     * topics/permissions.mdx "Permission Overwrites": a channel that hides itself from the bot answers 50001 Missing
     * Access, one it may see but not post in 50013; JDA, knowing the overwrites, refuses before asking.
     */
    @Test
    @DisplayName("channel overwrites: no view gives 50001, view without send 50013, and JDA refuses both itself")
    void channelOverwrites() throws Exception {
        guild.overwrite("#hidden", guild.id(), 0, Permissions.VIEW_CHANNEL);
        guild.overwrite("#read-only", emulator.botUserId(), 0, Permissions.SEND_MESSAGES);
        String hidden = Long.toString(guild.channelId("hidden"));
        String readOnly = Long.toString(guild.channelId("read-only"));
        assertThat(json(client.rest("POST", "channels/" + hidden + "/messages", "{\"content\":\"x\"}")).path("code")
                .asInt()).isEqualTo(50001);
        assertThat(json(client.rest("POST", "channels/" + readOnly + "/messages", "{\"content\":\"x\"}")).path("code")
                .asInt()).isEqualTo(50013);
        TextChannel jdaReadOnly = JdaClient.cached(() -> {
            TextChannel c = client.jda.getTextChannelById(readOnly);
            return c != null && !c.canTalk() ? c : null;
        });
        assertThatThrownBy(() -> jdaReadOnly.sendMessage("x").complete())
                .isInstanceOf(InsufficientPermissionException.class);
        assertThat(guild.messages("read-only")).isEmpty();
        // members keep what the overwrite does not take from them
        assertThat(alice.says("#read-only", "members may").content()).isEqualTo("members may");
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Payloads.JSON.readTree(response.body());
    }
}
