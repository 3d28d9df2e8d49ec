package community.platform.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.discord.emulator.model.BotCall;
import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import java.net.http.HttpResponse;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Command registration as Discord validates it, and what members can run afterwards (docs:
 * developers/interactions/application-commands.mdx "Application Command Naming", "Application Command Structure",
 * "Application Command Option Structure", "Subcommands and Subcommand Groups"; developers/reference.mdx "Error
 * Messages" for the shape of 50035).
 */
class CommandRegistrationTest {

    private static DiscordEmulator emulator;
    private static JdaClient client;
    private static GuildScript guild;
    private static MemberScript alice;
    private static MemberScript bob;

    @BeforeAll
    static void logIn() throws Exception {
        emulator = DiscordEmulator.start();
        emulator.faults(Faults.NONE);
        guild = emulator.createGuild("Registry");
        guild.textChannel("general");
        alice = guild.member("alice");
        bob = guild.member("bob");
        client = JdaClient.logIn(emulator);
        client.jda.updateCommands().addCommands(
                Commands.slash("escalate", "Ask the moderators to decide")
                        .addOption(OptionType.USER, "member", "Who", true)
                        .addOptions(new OptionData(OptionType.STRING, "action", "What to do", true)
                                .addChoice("Ban", "ban").addChoice("Kick", "kick"))
                        .addOptions(new OptionData(OptionType.INTEGER, "hours", "How long", false)
                                .setRequiredRange(1, 720)),
                Commands.slash("esprit", "Your esprits").addSubcommands(
                        new SubcommandData("upgrade", "Upgrade one").addOption(OptionType.INTEGER, "number", "#", true)),
                Commands.slash("modsettings", "Change a setting")
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.BAN_MEMBERS)),
                Commands.message("Escalate"),
                Commands.user("Report member")).complete();
    }

    @AfterAll
    static void logOut() {
        client.close();
        emulator.close();
    }

    @Test
    @DisplayName("a bulk overwrite with slash commands and mixed-case message and user commands ('Escalate') is accepted")
    void mixedCaseContextMenuCommands() throws Exception {
        JsonNode listed = Payloads.JSON.readTree(client.rest("GET", "applications/" + emulator.applicationId()
                + "/commands", null).body());
        assertThat(listed).extracting(c -> c.path("name").asString())
                .containsExactly("escalate", "esprit", "modsettings", "Escalate", "Report member");
        assertThat(listed.get(3).path("type").asInt()).isEqualTo(3);
        assertThat(listed.get(3).path("description").asString()).isEmpty();
        assertThat(emulator.calls("PUT /applications/{app}/commands").get(0).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("GIVEN a count of the bot's calls taken WHEN it calls again THEN the calls since that count are those "
            + "only, the latest last, on one route those of that route")
    void callsSinceACount() throws Exception {
        int before = emulator.callCount();
        client.rest("GET", "applications/" + emulator.applicationId() + "/commands", null);
        client.rest("GET", "gateway/bot", null);

        assertThat(emulator.callCount()).isEqualTo(before + 2);
        assertThat(emulator.callsSince(before)).extracting(BotCall::route)
                .containsExactly("GET /applications/{app}/commands", "GET /gateway/bot");
        assertThat(emulator.callsSince(emulator.callCount() + 5)).isEmpty();
        assertThat(emulator.callsSince(before, "GET /gateway/bot")).extracting(BotCall::route)
                .containsExactly("GET /gateway/bot");
        assertThat(emulator.callsSince(before + 2, "GET /gateway/bot")).isEmpty();
    }

    @Test
    @DisplayName("a slash command named with capitals is refused whole: 400, 50035, errors.<index>.name, and nothing changes")
    void invalidNameRefused() throws Exception {
        HttpResponse<String> refused = client.rest("PUT", "applications/" + emulator.applicationId() + "/commands",
                "[{\"name\":\"ok\",\"description\":\"fine\"},{\"name\":\"Escalate\",\"description\":\"slash\"}]");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = Payloads.JSON.readTree(refused.body());
        assertThat(body.path("code").asInt()).isEqualTo(50035);
        assertThat(body.path("message").asString()).isEqualTo("Invalid Form Body");
        assertThat(body.at("/errors/1/name/_errors/0/code").asString()).isEqualTo("APPLICATION_COMMAND_INVALID_NAME");
        assertThat(body.at("/errors/0").isMissingNode()).isTrue();
        // a refused overwrite changes nothing
        assertThat(Payloads.JSON.readTree(client.rest("GET", "applications/" + emulator.applicationId()
                + "/commands", null).body())).hasSize(5);
    }

    @Test
    @DisplayName("options break Discord's rules: required after optional, choices on a boolean, a description on a message command, a group in a subcommand")
    void optionRules() throws Exception {
        String body = """
                [{"name":"a","description":"d","options":[
                   {"type":3,"name":"x","description":"d"},
                   {"type":3,"name":"y","description":"d","required":true},
                   {"type":5,"name":"z","description":"d","choices":[{"name":"yes","value":true}]}]},
                 {"type":3,"name":"Flag it","description":"not allowed"},
                 {"name":"b","description":"d","options":[{"type":1,"name":"s","description":"d","options":[
                   {"type":2,"name":"g","description":"d"}]}]}]""";
        JsonNode refused = Payloads.JSON.readTree(client.rest("PUT", "applications/" + emulator.applicationId()
                + "/commands", body).body());
        assertThat(refused.at("/errors/0/options/1/required/_errors/0/code").asString())
                .isEqualTo("APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID");
        assertThat(refused.at("/errors/0/options/2/choices/_errors/0/code").asString())
                .isEqualTo("APPLICATION_COMMAND_OPTION_CHOICES_INVALID");
        assertThat(refused.at("/errors/1/description/_errors/0/code").asString())
                .isEqualTo("APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION");
        assertThat(refused.at("/errors/2/options/0/options/0/type/_errors/0/code").asString())
                .isEqualTo("APPLICATION_COMMAND_OPTION_TYPE_INVALID");
    }

    @Test
    @DisplayName("a member runs only registered commands, with their declared options, required ones present, values within choices and bounds")
    void onlyWhatIsRegistered() {
        assertThatThrownBy(() -> alice.runs("#general", "/ban", Map.of()))
                .hasMessageContaining("not a registered command");
        assertThatThrownBy(() -> alice.runs("#general", "/escalate", Map.of("member", bob, "action", "ban",
                "reason", "spam"))).hasMessageContaining("declares no option or subcommand 'reason'");
        assertThatThrownBy(() -> alice.runs("#general", "/escalate", Map.of("member", bob)))
                .hasMessageContaining("requires the option 'action'");
        assertThatThrownBy(() -> alice.runs("#general", "/escalate", Map.of("member", bob, "action", "mute")))
                .hasMessageContaining("not one of the choices");
        assertThatThrownBy(() -> alice.runs("#general", "/escalate", Map.of("member", bob, "action", "ban",
                "hours", 5000))).hasMessageContaining("must be between");
        assertThatThrownBy(() -> alice.runs("#general", "/escalate", Map.of("member", bob, "action", "ban",
                "hours", "soon"))).hasMessageContaining("whole-number");
        assertThatThrownBy(() -> alice.runs("#general", "/esprit", Map.of()))
                .hasMessageContaining("needs a subcommand");
        assertThatThrownBy(() -> alice.runsOn("Flag", guild.member("carol").says("#general", "hi")))
                .hasMessageContaining("not a registered command");
    }

    @Test
    @DisplayName("option types come from the registration: a user option arrives as a member with its resolved data")
    void typedOptions() throws Exception {
        client.events.clear();
        alice.runs("#general", "/escalate", Map.of("member", bob, "action", "kick", "hours", "12"));
        SlashCommandInteractionEvent e = client.next(SlashCommandInteractionEvent.class);
        assertThat(e.getOption("member").getType()).isEqualTo(OptionType.USER);
        assertThat(e.getOption("member").getAsMember()).isNotNull();
        assertThat(e.getOption("member").getAsUser().getIdLong()).isEqualTo(bob.id());
        assertThat(e.getOption("hours").getAsLong()).isEqualTo(12);
        e.reply("noted").complete();
        client.events.clear();
        alice.runs("#general", "/esprit upgrade", Map.of("number", 3));
        SlashCommandInteractionEvent sub = client.next(SlashCommandInteractionEvent.class);
        assertThat(sub.getSubcommandName()).isEqualTo("upgrade");
        assertThat(sub.getOption("number").getAsInt()).isEqualTo(3);
        sub.deferReply().complete();
    }

    @Test
    @DisplayName("default_member_permissions hides a command from members without them; administrators and the owner see it")
    void defaultMemberPermissions() throws Exception {
        assertThatThrownBy(() -> alice.runs("#general", "/modsettings", Map.of()))
                .hasMessageContaining("hidden from alice");
        MemberScript mod = guild.member("mod", guild.role("Mods", Permissions.BAN_MEMBERS));
        client.events.clear();
        mod.runs("#general", "/modsettings", Map.of());
        client.next(SlashCommandInteractionEvent.class).deferReply(true).complete();
        guild.owner().runs("#general", "/modsettings", Map.of());
        client.next(SlashCommandInteractionEvent.class).deferReply(true).complete();
    }

    /** message.mdx "Message Types": CHAT_INPUT_COMMAND 20, CONTEXT_MENU_COMMAND 23. */
    @Test
    @DisplayName("a message command's reply has message type 23, a slash command's 20")
    void replyTypes() throws Exception {
        MessageView said = guild.member("dana").says("#general", "look at this");
        client.events.clear();
        var ticket = alice.runsOn("Escalate", said);
        MessageContextInteractionEvent e = client.next(MessageContextInteractionEvent.class);
        assertThat(e.getTarget().getContentRaw()).isEqualTo("look at this");
        e.reply("escalated").complete();
        long reply = ticket.awaitReply(m -> m.content().equals("escalated"), JdaClient.WAIT).id();
        assertThat(messageType(reply)).isEqualTo(23);
        client.events.clear();
        var slash = alice.runs("#general", "/esprit upgrade", Map.of("number", 1));
        client.next(SlashCommandInteractionEvent.class).reply("upgraded").complete();
        assertThat(messageType(slash.awaitReply(m -> m.content().equals("upgraded"), JdaClient.WAIT).id()))
                .isEqualTo(20);
    }

    private static int messageType(long messageId) throws Exception {
        return Payloads.JSON.readTree(client.rest("GET", "channels/" + guild.channelId("general") + "/messages/"
                + messageId, null).body()).path("type").asInt();
    }
}
