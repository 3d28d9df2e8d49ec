package community.platform.raid.guild;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RaidSettingsTest {

    @Test
    @DisplayName("GIVEN a channel setting WHEN its value is a mention, an id or none THEN the column is set; anything else is refused naming the setting")
    void channels() {
        assertThat(RaidSettings.read("list-channel", "<#1300000000000000100>").change())
                .isEqualTo(new RaidSettings.Change("list_channel_id", 1300000000000000100L, "<#1300000000000000100>"));
        assertThat(RaidSettings.read("raid-channel", "1300000000000000101").change().value())
                .isEqualTo(1300000000000000101L);
        assertThat(RaidSettings.read("log-channel", "none").change().value()).isNull();
        assertThat(RaidSettings.read("roster-channel", "#raids").refusal()).contains("roster-channel");
    }

    @Test
    @DisplayName("GIVEN stale-hours or zone WHEN out of range or unknown THEN refused with the allowed values; an unknown setting lists the settings")
    void ranges() {
        assertThat(RaidSettings.read("stale-hours", "12").change().value()).isEqualTo(12);
        assertThat(RaidSettings.read("stale-hours", "0").refusal()).contains("1 to 720");
        assertThat(RaidSettings.read("stale-hours", "lots").refusal()).contains("1 to 720");
        assertThat(RaidSettings.read("zone", "Europe/Berlin").change().value()).isEqualTo("Europe/Berlin");
        assertThat(RaidSettings.read("zone", "Mars/Olympus").refusal()).contains("Europe/Berlin");
        assertThat(RaidSettings.read("colour", "red").refusal()).contains("There is no raid setting colour")
                .contains(RaidSettings.NAMES);
    }

    @Test
    @DisplayName("GIVEN the dungeon list WHEN set THEN names split by commas, stripped, repeats dropped; none clears it; a guild's dungeon is matched whatever its case")
    void dungeons() {
        RaidSettings.Change c = RaidSettings.read("dungeons", " Frost Keep, Ember Vault ,Frost Keep").change();
        assertThat((String[]) c.value()).containsExactly("Frost Keep", "Ember Vault");
        assertThat((String[]) RaidSettings.read("dungeons", "none").change().value()).isEmpty();
        RaidGuild g = new RaidGuild(1, null, null, null, null, 6, java.time.ZoneId.of("UTC"), null, 30,
                java.util.List.of("Frost Keep", "Ember Vault"));
        assertThat(g.dungeon("frost keep ")).contains("Frost Keep");
        assertThat(g.dungeon("Moon Pit")).isEmpty();
        assertThat(new RaidGuild(1, null, null, null, null, 6, java.time.ZoneId.of("UTC"), null, 30,
                java.util.List.of()).dungeon("Moon Pit")).contains("Moon Pit");
        assertThat(RaidSettings.read("reminder-minutes", "-5").refusal()).contains("0 (no reminders)");
    }
}
