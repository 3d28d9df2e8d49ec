package community.platform.gateway.moderation;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.moderation.ConfigureModeration;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModSettingsCommandTest {

    final ModSettingsCommand command = new ModSettingsCommand();

    @Test
    @DisplayName("'/modsettings setting value' sends the setting in lower case, keyed by the server's settings")
    void translates() {
        ConfigureModeration change = sent(command.onSlash(slash("modsettings", null, "setting", Kind.STRING,
                "Quorum", "value", Kind.STRING, "4")), Topics.MODERATION_COMMANDS, GUILD + ":settings",
                Ack.EPHEMERAL_REPLY, ConfigureModeration.class);
        assertThat(change).extracting(ConfigureModeration::setting, ConfigureModeration::value)
                .containsExactly("quorum", "4");
    }

    @Test
    @DisplayName("a setting not named like quorum, a value over 100 characters, or a missing value is refused")
    void refusals() {
        assertThat(refused(command.onSlash(slash("modsettings", null, "setting", Kind.STRING, "quorum!",
                "value", Kind.STRING, "4")))).contains("named like quorum");
        assertThat(refused(command.onSlash(slash("modsettings", null, "setting", Kind.STRING, "quorum",
                "value", Kind.STRING, "4".repeat(101))))).contains("at most 100");
        assertThat(refused(command.onSlash(slash("modsettings", null, "setting", Kind.STRING, "quorum"))))
                .contains("A setting and a value are needed");
    }
}
