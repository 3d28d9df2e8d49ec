package community.platform.gateway.raid;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.INTERACTION;
import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.click;
import static community.platform.gateway.interaction.TestCalls.pick;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.raid.CloseRaid;
import community.platform.contracts.raid.PlanRaid;
import community.platform.contracts.raid.VoteRaid;
import community.platform.contracts.raid.ids.RaidFormId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.Outcome.Ack;
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
}
