package community.platform.voting.constitution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConstitutionPolicyTest {

    @Test
    @DisplayName("GIVEN the default constitution WHEN quorum is set to 30 (or '30 %') THEN it changes from 0, the threshold stays")
    void setsQuorum() {
        var changed = (ConstitutionPolicy.Change.Changed) ConstitutionPolicy.set(Constitution.DEFAULT, "quorum", "30 %");
        assertThat(changed.now()).isEqualTo(new Constitution(30, 50));
        assertThat(changed.previous()).isEqualTo("0");
        assertThat(changed.value()).isEqualTo("30");
    }

    @Test
    @DisplayName("GIVEN a value out of range, not a number, or an unknown variable WHEN set THEN refused naming the variable and its allowed range")
    void refusals() {
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "quorum", "120"))
                .reason()).contains("quorum is a whole percentage from 0 to 100", "'120'");
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "threshold",
                "40")).reason()).contains("threshold is a whole percentage from 50 to 100");
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "threshold",
                "most")).reason()).contains("'most' is not");
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "veto", "1"))
                .reason()).contains("no variable 'veto'", "quorum, threshold, duration, proposers, budget, approval");
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "duration",
                "200")).reason()).contains("duration is a whole number of hours from 1 to 168");
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "proposers",
                "admins")).reason()).contains("'everyone', 'managers'", "'admins' is not");
    }

    @Test
    @DisplayName("GIVEN the default constitution WHEN the duration is set to '48h' and proposers to a role mention THEN both change and say what they were")
    void durationAndProposers() {
        var duration = (ConstitutionPolicy.Change.Changed) ConstitutionPolicy.set(Constitution.DEFAULT, "duration",
                "48h");
        assertThat(duration.now().defaultHours()).isEqualTo(48);
        assertThat(duration.previous()).isEqualTo("24");
        var role = (ConstitutionPolicy.Change.Changed) ConstitutionPolicy.set(duration.now(), "proposers",
                "<@&1300000000000000300>");
        assertThat(role.now().proposers()).isEqualTo("1300000000000000300");
        assertThat(role.previous()).isEqualTo("everyone");
        assertThat(role.now().defaultHours()).as("the other rules stay").isEqualTo(48);
    }

    @Test
    @DisplayName("GIVEN the default constitution WHEN the campaign budget and scenario approval change THEN they read back; bad values are refused naming the range")
    void campaigns() {
        var budget = (ConstitutionPolicy.Change.Changed) ConstitutionPolicy.set(Constitution.DEFAULT, "budget", "25");
        assertThat(budget.now().campaignBudget()).isEqualTo(25);
        var approval = (ConstitutionPolicy.Change.Changed) ConstitutionPolicy.set(budget.now(), "approval",
                "required");
        assertThat(approval.now().scenarioApproval()).isTrue();
        assertThat(approval.previous()).isEqualTo("automatic");
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "budget", "0"))
                .reason()).contains("budget is a whole number of tokens from 1 to 1000000");
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "approval",
                "maybe")).reason()).contains("'required'", "'automatic'");
    }

    @Test
    @DisplayName("GIVEN who may propose WHEN a member opens a proposal THEN everyone; only managers; a role's members and the managers")
    void mayPropose() {
        long member = 0;
        long manager = Constitution.MANAGE_SERVER;
        assertThat(Constitution.DEFAULT.mayPropose(member, java.util.List.of())).isTrue();
        Constitution managers = new Constitution(0, 50, 24, Constitution.MANAGERS);
        assertThat(managers.mayPropose(member, java.util.List.of())).isFalse();
        assertThat(managers.mayPropose(Constitution.ADMINISTRATOR, java.util.List.of())).isTrue();
        Constitution role = new Constitution(0, 50, 24, "77");
        assertThat(role.mayPropose(member, java.util.List.of("77"))).isTrue();
        assertThat(role.mayPropose(member, java.util.List.of("78"))).isFalse();
        assertThat(role.mayPropose(manager, java.util.List.of())).isTrue();
    }
}
