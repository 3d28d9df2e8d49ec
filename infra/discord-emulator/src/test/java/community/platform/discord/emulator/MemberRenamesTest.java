package community.platform.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.MemberScript;
import java.net.http.HttpResponse;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.guild.member.update.GuildMemberUpdateNicknameEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.user.update.UserUpdateGlobalNameEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Members renamed (gateway-events.mdx "Guild Member Update": {@code nick}, {@code user}; resources/guild.mdx "Modify
 * Guild Member": {@code nick} needs MANAGE_NICKNAMES; resources/user.mdx "User Object": {@code global_name}).
 */
class MemberRenamesTest {

    private static DiscordEmulator emulator;
    private static JdaClient client;
    private static JDA jda;
    private static GuildScript guild;

    @BeforeAll
    static void logIn() throws Exception {
        emulator = DiscordEmulator.start();
        emulator.faults(Faults.NONE);
        guild = emulator.createGuild("Renames");
        guild.textChannel("general");
        client = JdaClient.logIn(emulator);
        jda = client.jda;
        jda.updateCommands().addCommands(Commands.slash("whoami", "Who am I")).complete();
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

    @Test
    @DisplayName("a member's nickname changes: JDA gets GuildMemberUpdateNicknameEvent with old and new, and the next interaction carries it")
    void nickname() throws Exception {
        Guild g = jda.getGuildById(guild.id());
        MemberScript alice = guild.member("alice");
        JdaClient.cached(() -> g.getMemberById(alice.id()));
        client.events.clear();

        alice.changesNickname("Ally");
        GuildMemberUpdateNicknameEvent first = client.next(GuildMemberUpdateNicknameEvent.class);
        assertThat(first.getMember().getIdLong()).isEqualTo(alice.id());
        assertThat(first.getOldNickname()).isNull();
        assertThat(first.getNewNickname()).isEqualTo("Ally");
        assertThat(g.getMemberById(alice.id()).getEffectiveName()).isEqualTo("Ally");
        assertThat(alice.nickname()).isEqualTo("Ally");
        assertThat(alice.displayName()).isEqualTo("Ally");

        alice.runs("#general", "/whoami");
        SlashCommandInteractionEvent asked = client.next(SlashCommandInteractionEvent.class);
        assertThat(asked.getMember().getNickname()).isEqualTo("Ally");
        assertThat(asked.getMember().getEffectiveName()).isEqualTo("Ally");
        asked.reply("You are " + asked.getMember().getEffectiveName()).complete();

        alice.changesNickname("Ally B");
        GuildMemberUpdateNicknameEvent second = client.next(GuildMemberUpdateNicknameEvent.class);
        assertThat(second.getOldNickname()).isEqualTo("Ally");
        assertThat(second.getNewNickname()).isEqualTo("Ally B");
        alice.changesNickname(null);
        assertThat(client.next(GuildMemberUpdateNicknameEvent.class).getNewNickname()).isNull();
        assertThat(alice.displayName()).isEqualTo("alice");
        assertThatThrownBy(() -> alice.changesNickname("x".repeat(33))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a user's display name (global_name) changes: JDA gets UserUpdateGlobalNameEvent, and interactions carry it")
    void displayName() throws Exception {
        Guild g = jda.getGuildById(guild.id());
        MemberScript bob = guild.member("bob");
        JdaClient.cached(() -> g.getMemberById(bob.id()));
        client.events.clear();

        bob.changesDisplayName("Bobby");
        UserUpdateGlobalNameEvent renamed = client.next(UserUpdateGlobalNameEvent.class);
        assertThat(renamed.getOldGlobalName()).isEqualTo("bob");
        assertThat(renamed.getNewGlobalName()).isEqualTo("Bobby");
        assertThat(bob.displayName()).isEqualTo("Bobby");

        bob.runs("#general", "/whoami");
        SlashCommandInteractionEvent asked = client.next(SlashCommandInteractionEvent.class);
        assertThat(asked.getUser().getGlobalName()).isEqualTo("Bobby");
        assertThat(asked.getUser().getName()).isEqualTo("bob");
        assertThat(asked.getMember().getEffectiveName()).isEqualTo("Bobby");
        asked.reply("ok").complete();
    }

    /** guild.mdx "Modify Guild Member": nick "Requires permission MANAGE_NICKNAMES". */
    @Test
    @DisplayName("the bot renames a member only with Manage Nicknames: JDA refuses, Discord answers 50013; with it the nick changes")
    void botRenames() throws Exception {
        Guild g = jda.getGuildById(guild.id());
        MemberScript carol = guild.member("carol");
        Member member = JdaClient.cached(() -> g.getMemberById(carol.id()));
        assertThatThrownBy(() -> g.modifyNickname(member, "Caz")).isInstanceOf(InsufficientPermissionException.class);
        HttpResponse<String> refused = client.rest("PATCH", "guilds/" + guild.id() + "/members/" + carol.id(),
                "{\"nick\":\"Caz\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Payloads.JSON.readTree(refused.body()).path("code").asInt()).isEqualTo(50013);
        assertThat(carol.nickname()).isNull();

        guild.botPermissions(Permissions.BOT_DEFAULTS | Permissions.MANAGE_NICKNAMES);
        JdaClient.cached(() -> g.getSelfMember().hasPermission(Permission.NICKNAME_MANAGE) ? true : null);
        client.events.clear();
        g.modifyNickname(member, "Caz").complete();
        assertThat(client.next(GuildMemberUpdateNicknameEvent.class).getNewNickname()).isEqualTo("Caz");
        assertThat(carol.nickname()).isEqualTo("Caz");
        JsonNode tooLong = Payloads.JSON.readTree(client.rest("PATCH", "guilds/" + guild.id() + "/members/"
                + carol.id(), "{\"nick\":\"" + "x".repeat(33) + "\"}").body());
        assertThat(tooLong.at("/errors/nick/_errors/0/code").asString()).isEqualTo("BASE_TYPE_MAX_LENGTH");
        assertThat(carol.nickname()).isEqualTo("Caz");
    }
}
