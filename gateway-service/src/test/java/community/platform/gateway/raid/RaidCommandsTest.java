package community.platform.gateway.raid;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.INTERACTION;
import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.click;
import static community.platform.gateway.interaction.TestCalls.pick;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.raid.CancelAllRaids;
import community.platform.contracts.raid.CloseRaid;
import community.platform.contracts.raid.ConfigureRaids;
import community.platform.contracts.raid.PlanRaid;
import community.platform.contracts.raid.PostRaidBoard;
import community.platform.contracts.raid.RequestBackup;
import community.platform.contracts.raid.SaveTemplate;
import community.platform.contracts.raid.ShowRaids;
import community.platform.contracts.raid.VoteRaid;
import community.platform.contracts.raid.ids.CancelAllFormId;
import community.platform.contracts.raid.ids.RaidFormId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import community.platform.gateway.interaction.TestCalls;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RaidCommandsTest {

    final RaidPlanCommand plan = new RaidPlanCommand();
    final RaidButtons buttons = new RaidButtons();

    static Map<String, String> form(String days, String times, String group) {
        Map<String, String> f = new HashMap<>(Map.of(RaidFormId.DUNGEON, " Frost Keep ", RaidFormId.DAYS, days,
                RaidFormId.TIMES, times, RaidFormId.GROUP, group));
        f.put(RaidFormId.NOTE, "  ");
        return f;
    }

    @Test
    @DisplayName("GIVEN the raid form WHEN submitted THEN PlanRaid keyed by the raid (the interaction), options split by lines or commas, answered in public")
    void planned() {
        PlanRaid sent = sent(plan.onForm(new Calls.Form(RaidFormId.PREFIX, form("Fri\nSat, Sun", "19:00;21:00", " 8"),
                caller())), Topics.RAID_COMMANDS, INTERACTION, Ack.REPLY, PlanRaid.class);
        assertThat(sent.dungeon()).isEqualTo("Frost Keep");
        assertThat(sent.days()).containsExactly("Fri", "Sat", "Sun");
        assertThat(sent.times()).containsExactly("19:00", "21:00");
        assertThat(sent.groupSize()).isEqualTo(8);
        assertThat(sent.note()).isNull();
        assertThat(sent.guildId()).isEqualTo(GUILD);
    }

    @Test
    @DisplayName("GIVEN bad raid forms WHEN submitted THEN refused with the reason: 26 days, repeated times, a group that is not a number")
    void refused_() {
        String days26 = String.join(",", java.util.stream.IntStream.range(0, 26).mapToObj(i -> "d" + i).toList());
        assertThat(refused(plan.onForm(new Calls.Form(RaidFormId.PREFIX, form(days26, "19:00", "8"), caller()))))
                .contains("1 to 25 days");
        assertThat(refused(plan.onForm(new Calls.Form(RaidFormId.PREFIX, form("Fri", "19:00, 19:00", "8"),
                caller())))).contains("repeat");
        assertThat(refused(plan.onForm(new Calls.Form(RaidFormId.PREFIX, form("Fri", "19:00", "eight"),
                caller())))).contains("group size");
    }

    @Test
    @DisplayName("GIVEN the raid message's selects and buttons WHEN used THEN VoteRaid and CloseRaid keyed by the raid, acknowledged without a visible change")
    void components() {
        VoteRaid vote = sent(buttons.onComponent(pick("raid:vote:1310000000000000401:time", "1", "0")),
                Topics.RAID_COMMANDS, "1310000000000000401", Ack.UPDATE, VoteRaid.class);
        assertThat(vote.part()).isEqualTo(VoteRaid.Part.TIME);
        assertThat(vote.values()).containsExactly(1, 0);
        assertThat(sent(buttons.onComponent(pick("raid:vote:1310000000000000401:day")), Topics.RAID_COMMANDS,
                "1310000000000000401", Ack.UPDATE, VoteRaid.class).values()).as("none withdraws").isEmpty();
        CloseRaid close = sent(buttons.onComponent(click("raid:close:1310000000000000401:finish")),
                Topics.RAID_COMMANDS, "1310000000000000401", Ack.UPDATE, CloseRaid.class);
        assertThat(close.action()).isEqualTo(CloseRaid.Action.FINISH);
        assertThat(refused(buttons.onComponent(pick("raid:vote:1310000000000000401:day", "x"))))
                .contains("not on this raid");
        assertThat(refused(buttons.onComponent(click("raid:close:1:explode")))).contains("not recognised");
    }

    @Test
    @DisplayName("GIVEN days or times that name no date or clock time WHEN the form is submitted THEN refused naming the option and the forms it takes")
    void unreadable() {
        assertThat(plan.onSlash(slash("raidplan", null))).as("the form within Discord's label limits")
                .isInstanceOf(Outcome.OpenForm.class);
        assertThat(refused(plan.onForm(new Calls.Form(RaidFormId.PREFIX, form("Fri, weekend", "19:00", "8"),
                caller())))).contains("\"weekend\" is not a day", "2026-12-05");
        assertThat(refused(plan.onForm(new Calls.Form(RaidFormId.PREFIX, form("2026-12-24", "evening", "8"),
                caller())))).contains("\"evening\" is not a time", "19:00");
    }

    final RaidCommands commands = new RaidCommands();
    final OperatorCommands operators = new OperatorCommands(java.util.Set.of(TestCalls.MEMBER));

    @Test
    @DisplayName("GIVEN /raid_finish, /raidlist, /settings and /xp WHEN run THEN each is sent keyed by the guild's raids with the member's permissions, answered privately")
    void guildCommands() {
        CloseRaid finish = sent(commands.onSlash(slash("raid_finish", null, caller(32), "raid", Kind.INTEGER, "3")),
                Topics.RAID_COMMANDS, GUILD + ":raids", Ack.EPHEMERAL_REPLY, CloseRaid.class);
        assertThat(finish.raidId()).isNull();
        assertThat(finish.raidNumber()).isEqualTo(3);
        assertThat(finish.permissions()).isEqualTo("32");
        assertThat(sent(commands.onSlash(slash("raidlist", null, "board", Kind.STRING, "roster")),
                Topics.RAID_COMMANDS, GUILD + ":raids", Ack.EPHEMERAL_REPLY, PostRaidBoard.class).board())
                .isEqualTo(PostRaidBoard.Board.ROSTER);
        assertThat(sent(commands.onSlash(slash("raidlist", null)), Topics.RAID_COMMANDS, GUILD + ":raids",
                Ack.EPHEMERAL_REPLY, PostRaidBoard.class).board()).isEqualTo(PostRaidBoard.Board.LIST);
        assertThat(sent(commands.onSlash(slash("xp", null)), Topics.RAID_COMMANDS, GUILD + ":raids",
                Ack.EPHEMERAL_REPLY, ShowRaids.class).what()).isEqualTo(ShowRaids.What.XP);
        assertThat(sent(commands.onSlash(slash("settings", null, "setting", Kind.STRING, "Stale-Hours", "value",
                Kind.STRING, "12")), Topics.RAID_COMMANDS, GUILD + ":raids", Ack.EPHEMERAL_REPLY,
                ConfigureRaids.class).setting()).isEqualTo("stale-hours");
        assertThat(commands.onSlash(slash("help", null))).isInstanceOf(Outcome.Tell.class);
    }

    @Test
    @DisplayName("GIVEN /cancel_all_raids WHEN run THEN a confirmation form opens; only CANCEL ALL typed in it cancels")
    void cancelAllConfirmed() {
        assertThat(commands.onSlash(slash("cancel_all_raids", null))).isInstanceOf(Outcome.OpenForm.class);
        assertThat(refused(commands.onForm(new Calls.Form(CancelAllFormId.PREFIX, Map.of(CancelAllFormId.CONFIRM,
                "yes"), caller())))).contains("Nothing was cancelled");
        CancelAllRaids all = sent(commands.onForm(new Calls.Form(CancelAllFormId.PREFIX, Map.of(
                CancelAllFormId.CONFIRM, " cancel all "), caller(32))), Topics.RAID_COMMANDS, GUILD + ":raids",
                Ack.EPHEMERAL_REPLY, CancelAllRaids.class);
        assertThat(all.targetGuildId()).isEqualTo(GUILD);
        assertThat(all.operator()).isFalse();
    }

    @Test
    @DisplayName("GIVEN the operator commands WHEN run by a member who is no operator, even the server's administrator THEN refused before anything is sent; by an operator THEN sent marked as an operator's")
    void operatorsOnly() {
        OperatorCommands none = new OperatorCommands(java.util.Set.of());
        for (String name : java.util.List.of("remote_guilds", "backup_db", "remote_raidlist",
                "remote_cancel_all_raids")) {
            assertThat(refused(none.onSlash(slash(name, null, caller(8), "guild", Kind.STRING, OTHER_GUILD))))
                    .contains("Only the platform's operators");
        }
        CancelAllRaids remote = sent(operators.onSlash(slash("remote_cancel_all_raids", null, "guild", Kind.STRING,
                OTHER_GUILD)), Topics.RAID_COMMANDS, OTHER_GUILD + ":raids", Ack.EPHEMERAL_REPLY,
                CancelAllRaids.class);
        assertThat(remote.operator()).isTrue();
        assertThat(remote.targetGuildId()).isEqualTo(OTHER_GUILD);
        assertThat(sent(operators.onSlash(slash("backup_db", null)), Topics.RAID_COMMANDS, GUILD + ":raids",
                Ack.EPHEMERAL_REPLY, RequestBackup.class).operator()).isTrue();
        assertThat(refused(operators.onSlash(slash("remote_raidlist", null, "guild", Kind.STRING, "abc"))))
                .contains("17 to 20 digits");
    }

    static final String OTHER_GUILD = "81384788765712999";

    @Test
    @DisplayName("GIVEN templates WHEN /raidplan template:<name> THEN PlanRaid names the template and nothing else, no form; /template_config opens the form of that name, its submission SaveTemplate; delete without a form")
    void templates() {
        PlanRaid fromTemplate = sent(plan.onSlash(slash("raidplan", null, "template", Kind.STRING, "Weekly Keep")),
                Topics.RAID_COMMANDS, INTERACTION, Ack.REPLY, PlanRaid.class);
        assertThat(fromTemplate.template()).isEqualTo("weekly-keep");
        assertThat(fromTemplate.dungeon()).isNull();
        assertThat(fromTemplate.days()).isEmpty();
        var opened = plan.onSlash(slash("template_config", null, "name", Kind.STRING, "weekly-keep"));
        assertThat(opened).isInstanceOf(Outcome.OpenForm.class);
        assertThat(((Outcome.OpenForm) opened).modal().getId()).isEqualTo("raid:template:weekly-keep");
        SaveTemplate saved = sent(plan.onForm(new Calls.Form("raid:template:weekly-keep", form("Fri, Sat", "19:00",
                "8"), caller(32))), Topics.RAID_COMMANDS, GUILD + ":raids", Ack.EPHEMERAL_REPLY, SaveTemplate.class);
        assertThat(saved.name()).isEqualTo("weekly-keep");
        assertThat(saved.days()).containsExactly("Fri", "Sat");
        assertThat(saved.delete()).isFalse();
        assertThat(sent(plan.onSlash(slash("template_config", null, "name", Kind.STRING, "weekly-keep", "delete",
                Kind.BOOLEAN, "true")), Topics.RAID_COMMANDS, GUILD + ":raids", Ack.EPHEMERAL_REPLY,
                SaveTemplate.class).delete()).isTrue();
        assertThat(refused(plan.onSlash(slash("template_config", null, "name", Kind.STRING, "§§")))).contains(
                "letters, digits and dashes");
        assertThat(sent(plan.onSlash(slash("dungeonlist", null)), Topics.RAID_COMMANDS, GUILD + ":raids",
                Ack.EPHEMERAL_REPLY, ShowRaids.class).what()).isEqualTo(ShowRaids.What.DUNGEONS);
    }
}
