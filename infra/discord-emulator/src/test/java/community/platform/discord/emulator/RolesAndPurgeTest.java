package community.platform.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.model.Snowflakes;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.UserSnowflake;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.message.MessageBulkDeleteEvent;
import net.dv8tion.jda.api.events.role.RoleCreateEvent;
import net.dv8tion.jda.api.events.role.RoleDeleteEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.HierarchyException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Roles the bot creates and deletes (resources/guild.mdx "Create Guild Role", "Delete Guild Role") and bulk deletes
 * (resources/message.mdx "Bulk Delete Messages"), through the unmodified JDA client and around it.
 */
class RolesAndPurgeTest {

    private static DiscordEmulator emulator;
    private static JdaClient client;
    private static JDA jda;
    private static GuildScript roles;
    /** the bot without Manage Roles */
    private static GuildScript locked;
    /** 250 roles already */
    private static GuildScript crowded;
    private static GuildScript purge;

    @BeforeAll
    static void logIn() throws Exception {
        emulator = DiscordEmulator.start();
        emulator.faults(Faults.NONE);
        roles = emulator.createGuild("Roles");
        roles.roleAboveBot("Council", 0);
        locked = emulator.createGuild("Locked");
        locked.role("Guest", 0);
        locked.botPermissions(Permissions.MEMBER_DEFAULTS);
        crowded = emulator.createGuild("Crowded");
        for (int k = 0; k < 248; k++) {
            crowded.role("crowd " + k, 0);
        }
        purge = emulator.createGuild("Purge");
        purge.textChannel("general");
        purge.textChannel("read-only");
        purge.textChannel("hidden");
        purge.member("gail");
        purge.overwrite("#read-only", emulator.botUserId(), 0, Permissions.MANAGE_MESSAGES);
        purge.overwrite("#hidden", emulator.botUserId(), 0, Permissions.VIEW_CHANNEL);
        // JDA splits MESSAGE_DELETE_BULK into MessageDeleteEvents by default; this client sees it whole
        client = JdaClient.logIn(emulator, b -> b.setBulkDeleteSplittingEnabled(false));
        jda = client.jda;
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
    @DisplayName("JDA creates a role (position 1, its settings echoed), gives it to members, deletes it: every member loses it")
    void createGiveDelete() throws Exception {
        Guild g = jda.getGuildById(roles.id());
        MemberScript erin = roles.member("erin");
        MemberScript finn = roles.member("finn");
        Member member = JdaClient.cached(() -> g.getMemberById(erin.id()));
        client.events.clear();

        Role raiders = g.createRole().setName("Raiders").setColor(0x3366ff).setHoisted(true).setMentionable(true)
                .setPermissions(Permission.MESSAGE_SEND).complete();
        assertThat(raiders.getName()).isEqualTo("Raiders");
        assertThat(raiders.getPositionRaw()).isEqualTo(1);
        assertThat(raiders.getColors().getPrimaryRaw()).isEqualTo(0x3366ff);
        assertThat(raiders.isHoisted()).isTrue();
        assertThat(raiders.isMentionable()).isTrue();
        assertThat(raiders.getPermissions()).containsExactly(Permission.MESSAGE_SEND);
        assertThat(client.next(RoleCreateEvent.class).getRole()).isEqualTo(raiders);
        // below the bot's role and the roles made before it (of a tie at position 1 the newer ranks lower)
        assertThat(roles.roleNames()).containsSubsequence("Council", "Community Platform", "Raiders", "@everyone");
        assertThat(roles.roleNames().indexOf("Raiders")).isEqualTo(roles.roleNames().size() - 2);
        assertThat(roles.roleId("Raiders")).isEqualTo(raiders.getIdLong());

        g.addRoleToMember(member, raiders).complete();
        g.addRoleToMember(UserSnowflake.fromId(finn.id()), raiders).complete();
        assertThat(roles.membersWithRole("Raiders")).containsExactlyInAnyOrder(erin.id(), finn.id());
        JdaClient.cached(() -> g.getMemberById(erin.id()).getRoles().contains(raiders) ? true : null);

        raiders.delete().complete();
        assertThat(client.next(RoleDeleteEvent.class).getRole().getIdLong()).isEqualTo(raiders.getIdLong());
        assertThat(roles.roleNames()).doesNotContain("Raiders");
        assertThat(erin.roles()).doesNotContain(raiders.getIdLong());
        assertThat(finn.roles()).doesNotContain(raiders.getIdLong());
        assertThat(g.getRoleById(raiders.getIdLong())).isNull();
        assertThat(g.getMemberById(erin.id()).getRoles()).isEmpty();
        assertThatThrownBy(() -> roles.roleId("Raiders")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * guild.mdx "Create Guild Role" (defaults: "new role", @everyone's permissions; name at most 100 characters),
     * permissions.mdx "Permission Hierarchy", opcodes-and-status-codes.mdx (10011, 30005, 50013, 50028). Roles made one
     * after another all get position 1, the newer below the older (discord.js issue 3175, "s: Discord").
     */
    @Test
    @DisplayName("role rules: defaults, ties at position 1, 10011, 50028 for @everyone, 50013 above the bot or without Manage Roles, 30005 at 250")
    void roleRules() throws Exception {
        Guild g = jda.getGuildById(roles.id());
        String path = "guilds/" + roles.id() + "/roles";
        JsonNode plain = json(client.rest("POST", path, null), 200);
        assertThat(plain.path("name").asString()).isEqualTo("new role");
        assertThat(plain.path("permissions").asString()).isEqualTo(Long.toString(Permissions.MEMBER_DEFAULTS));
        assertThat(plain.path("position").asInt()).isEqualTo(1);
        long plainId = Long.parseLong(plain.path("id").asString());
        JdaClient.cached(() -> g.getRoleById(plainId));
        json(client.rest("POST", path, "{\"name\":\"newer\",\"permissions\":\"0\"}"), 200);
        assertThat(roles.roleNames()).containsSubsequence("new role", "newer", "@everyone");

        assertThat(json(client.rest("POST", path, "{\"name\":\"" + "x".repeat(101) + "\"}"), 400)
                .at("/errors/name/_errors/0/code").asString()).isEqualTo("BASE_TYPE_MAX_LENGTH");
        // no permission the bot has not itself; JDA checks it first
        assertThat(json(client.rest("POST", path, "{\"permissions\":\"" + Permissions.ADMINISTRATOR + "\"}"), 403)
                .path("code").asInt()).isEqualTo(50013);
        assertThatThrownBy(() -> g.createRole().setPermissions(Permission.ADMINISTRATOR))
                .isInstanceOf(InsufficientPermissionException.class);

        assertThat(json(client.rest("DELETE", path + "/" + Snowflakes.next(), null), 404).path("code").asInt())
                .isEqualTo(10011);
        assertThatThrownBy(() -> g.getPublicRole().delete().complete()).isInstanceOfSatisfying(
                ErrorResponseException.class, e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.INVALID_ROLE));
        Role council = g.getRolesByName("Council", false).get(0);
        assertThatThrownBy(() -> council.delete().complete()).isInstanceOf(HierarchyException.class);
        assertThat(json(client.rest("DELETE", path + "/" + council.getId(), null), 403).path("code").asInt())
                .isEqualTo(50013);
        assertThat(roles.roleNames()).contains("Council", "@everyone");

        Guild withoutManageRoles = jda.getGuildById(locked.id());
        assertThatThrownBy(withoutManageRoles::createRole).isInstanceOf(InsufficientPermissionException.class);
        assertThat(json(client.rest("POST", "guilds/" + locked.id() + "/roles", "{}"), 403).path("code").asInt())
                .isEqualTo(50013);
        assertThat(json(client.rest("DELETE", "guilds/" + locked.id() + "/roles/" + locked.roleId("Guest"), null), 403)
                .path("code").asInt()).isEqualTo(50013);
        assertThat(locked.roleNames()).contains("Guest");

        assertThat(crowded.roleNames()).hasSize(250);
        assertThatThrownBy(() -> jda.getGuildById(crowded.id()).createRole().setName("one more").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.MAX_ROLES_PER_GUILD));
        assertThat(crowded.roleNames()).hasSize(250).doesNotContain("one more");
    }

    @Test
    @DisplayName("JDA's deleteMessagesByIds and deleteMessages bulk delete, and MESSAGE_DELETE_BULK reaches JDA whole")
    void bulkDelete() throws Exception {
        TextChannel general = JdaClient.cached(() -> jda.getTextChannelById(purge.channelId("general")));
        MemberScript gail = purge.member("gail");
        int calls = emulator.calls("POST /channels/{channel}/messages/bulk-delete").size();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            ids.add(general.sendMessage("bot " + k).complete().getId());
            ids.add(Long.toUnsignedString(gail.says("#general", "gail " + k).id()));
        }
        client.events.clear();
        general.deleteMessagesByIds(ids).complete();
        MessageBulkDeleteEvent event = client.next(MessageBulkDeleteEvent.class);
        assertThat(event.getChannel().getIdLong()).isEqualTo(general.getIdLong());
        assertThat(event.getMessageIds()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(shown("general")).doesNotContainAnyElementsOf(ids);

        List<Message> sent = List.of(general.sendMessage("one").complete(), general.sendMessage("two").complete());
        client.events.clear();
        general.deleteMessages(sent).complete();
        assertThat(client.next(MessageBulkDeleteEvent.class).getMessageIds())
                .containsExactlyInAnyOrderElementsOf(sent.stream().map(Message::getId).toList());
        assertThat(shown("general")).doesNotContain(sent.get(0).getId(), sent.get(1).getId());
        var bulkCalls = emulator.calls("POST /channels/{channel}/messages/bulk-delete");
        assertThat(bulkCalls).hasSize(calls + 2);
        assertThat(bulkCalls.subList(calls, calls + 2)).allSatisfy(c -> assertThat(c.status()).isEqualTo(204));
    }

    @Test
    @DisplayName("JDA's purgeMessages: the recent messages in one bulk delete, one older than 14 days alone")
    void purgeMessages() throws Exception {
        TextChannel general = JdaClient.cached(() -> jda.getTextChannelById(purge.channelId("general")));
        long old = purge.postedDaysAgo("general", "gail", "from last month", 30);
        List<Message> messages = new ArrayList<>();
        messages.add(general.retrieveMessageById(old).complete());
        for (int k = 0; k < 3; k++) {
            messages.add(general.sendMessage("recent " + k).complete());
        }
        int bulk = emulator.calls("POST /channels/{channel}/messages/bulk-delete").size();
        int single = emulator.calls("DELETE /channels/{channel}/messages/{message}").size();
        CompletableFuture.allOf(general.purgeMessages(messages).toArray(CompletableFuture[]::new))
                .get(10, TimeUnit.SECONDS);
        assertThat(shown("general")).doesNotContainAnyElementsOf(messages.stream().map(Message::getId).toList());
        assertThat(emulator.calls("POST /channels/{channel}/messages/bulk-delete")).hasSize(bulk + 1);
        assertThat(emulator.calls("DELETE /channels/{channel}/messages/{message}")).hasSize(single + 1);
    }

    /** message.mdx "Bulk Delete Messages"; opcodes-and-status-codes.mdx 50001, 50013, 50016, 50034, 50035. */
    @Test
    @DisplayName("bulk delete rules: 2-100 ids (50016), none twice (50035), none over 14 days old (50034), unknown ids skipped, Manage Messages in the channel")
    void bulkDeleteRules() throws Exception {
        String path = "channels/" + purge.channelId("general") + "/messages/bulk-delete";
        MemberScript gail = purge.member("gail");
        long recent = gail.says("#general", "recent").id();
        long old = purge.postedDaysAgo("general", "gail", "old", 15);
        long younger = purge.postedDaysAgo("general", "Community Platform", "13 days", 13);

        assertThat(code(client.rest("POST", path, ids(recent)), 400)).isEqualTo(50016);
        assertThat(code(client.rest("POST", path, ids(Stream.generate(Snowflakes::next).limit(101)
                .mapToLong(Long::longValue).toArray())), 400)).isEqualTo(50016);
        JsonNode twice = json(client.rest("POST", path, ids(recent, younger, recent)), 400);
        assertThat(twice.path("code").asInt()).isEqualTo(50035);
        assertThat(twice.at("/errors/messages/2/_errors/0/code").asString()).isEqualTo("SET_TYPE_ALREADY_CONTAINS_VALUE");
        JsonNode tooOld = json(client.rest("POST", path, ids(recent, old)), 400);
        assertThat(tooOld.path("code").asInt()).isEqualTo(50034);
        assertThat(tooOld.path("message").asString())
                .isEqualTo("You can only bulk delete messages that are under 14 days old.");
        assertThat(shown("general")).contains(Long.toString(recent), Long.toString(old));
        assertThat(code(client.rest("POST", "channels/" + purge.channelId("read-only") + "/messages/bulk-delete",
                ids(Snowflakes.next(), Snowflakes.next())), 403)).isEqualTo(50013);
        assertThat(code(client.rest("POST", "channels/" + purge.channelId("hidden") + "/messages/bulk-delete",
                ids(Snowflakes.next(), Snowflakes.next())), 403)).isEqualTo(50001);

        // unknown ids count towards 2-100 and are skipped; 100 is allowed
        long[] hundred = Stream.concat(Stream.of(recent, younger), Stream.generate(Snowflakes::next).limit(98))
                .mapToLong(Long::longValue).toArray();
        client.events.clear();
        assertThat(client.rest("POST", path, ids(hundred)).statusCode()).isEqualTo(204);
        assertThat(client.next(MessageBulkDeleteEvent.class).getMessageIds())
                .containsExactlyInAnyOrder(Long.toString(recent), Long.toString(younger));
        assertThat(shown("general")).doesNotContain(Long.toString(recent), Long.toString(younger))
                .contains(Long.toString(old));
    }

    private static List<String> shown(String channel) {
        return purge.messages(channel).stream().map(m -> Long.toUnsignedString(m.id())).toList();
    }

    private static String ids(long... ids) {
        return "{\"messages\":[" + java.util.Arrays.stream(ids).mapToObj(id -> "\"" + Long.toUnsignedString(id) + "\"")
                .collect(Collectors.joining(",")) + "]}";
    }

    private static int code(HttpResponse<String> response, int status) {
        return json(response, status).path("code").asInt();
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Payloads.JSON.readTree(response.body());
    }
}
