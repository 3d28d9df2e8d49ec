package community.platform.moderation.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.moderation.settings.SettingPolicy.Change;
import community.platform.moderation.settings.SettingPolicy.InvalidSetting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettingPolicyTest {

    @Test
    @DisplayName("each setting's text becomes its column's value: numbers, a tie-break, role ids (mentions too), none")
    void valid() {
        // GIVEN what an admin types  WHEN read  THEN the column and the value stored
        assertThat(SettingPolicy.change("quorum", " 4 ")).isEqualTo(new Change("quorum", 4L));
        assertThat(SettingPolicy.change("base-hours", "12.5")).isEqualTo(new Change("base_hours", 12.5));
        assertThat(SettingPolicy.change("hours-per-vote", "0")).isEqualTo(new Change("hours_per_vote", 0.0));
        assertThat(SettingPolicy.change("tie-break", "least-severe")).isEqualTo(new Change("tie_break", "LEAST_SEVERE"));
        assertThat(SettingPolicy.change("moderator-role", "<@&123456789>"))
                .isEqualTo(new Change("moderator_role", 123456789L));
        assertThat(SettingPolicy.change("restrict-role", "none")).isEqualTo(new Change("restrict_role", null));
        assertThat(SettingPolicy.change("timeout-minutes", "40320")).isEqualTo(new Change("timeout_minutes", 40320L));
        assertThat(SettingPolicy.change("warnings-to-escalate", "0")).isEqualTo(new Change("warnings_to_escalate", 0L));
    }

    @Test
    @DisplayName("an unknown setting lists the settings; a value out of range names the setting and the range")
    void invalid() {
        assertThatThrownBy(() -> SettingPolicy.change("quorom", "3")).isInstanceOf(InvalidSetting.class)
                .hasMessageStartingWith("There is no setting 'quorom'. Settings: base-hours, hours-per-vote,");
        assertThatThrownBy(() -> SettingPolicy.change("quorum", "0")).isInstanceOf(InvalidSetting.class)
                .hasMessage("'0' is not a valid quorum: a whole number from 1 to 100 is needed");
        assertThatThrownBy(() -> SettingPolicy.change("quorum", "three")).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("a whole number from 1 to 100");
        assertThatThrownBy(() -> SettingPolicy.change("base-hours", "NaN")).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("a number from 0.0 to 672.0");
        assertThatThrownBy(() -> SettingPolicy.change("tie-break", "coin")).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("most-severe or least-severe");
        assertThatThrownBy(() -> SettingPolicy.change("moderator-role", "@mods")).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("a role id (or none)");
        assertThatThrownBy(() -> SettingPolicy.change("timeout-minutes", "40321")).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("from 1 to 40320");
    }

    @Test
    @DisplayName("vote rules refuse a quorum below 1 and negative hours")
    void voteRules() {
        assertThatThrownBy(() -> new VoteRules(0, 24, 8, VoteRules.TieBreak.MOST_SEVERE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(VoteRules.DEFAULT).isEqualTo(new VoteRules(3, 24, 8, VoteRules.TieBreak.MOST_SEVERE));
    }

    @Test
    @DisplayName("GIVEN the preset setting WHEN mod-bot or default THEN the clock and the tie rule change together; another preset is refused naming both")
    void presets() {
        assertThat(SettingPolicy.changes("preset", " Mod-Bot ")).containsExactly(new Change("base_hours", 36.0),
                new Change("hours_per_vote", 4.0), new Change("tie_break", "MOST_SEVERE"));
        assertThat(SettingPolicy.changes("preset", "default")).containsExactly(new Change("base_hours", 24.0),
                new Change("hours_per_vote", 8.0), new Change("tie_break", "MOST_SEVERE"));
        assertThat(SettingPolicy.changes("quorum", "4")).containsExactly(new Change("quorum", 4L));
        assertThatThrownBy(() -> SettingPolicy.changes("preset", "strict")).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("mod-bot").hasMessageContaining("default");
        assertThatThrownBy(() -> SettingPolicy.change("colour", "red")).hasMessageContaining("preset");
    }
}
