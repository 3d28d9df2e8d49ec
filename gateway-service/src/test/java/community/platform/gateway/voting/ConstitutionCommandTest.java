package community.platform.gateway.voting;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.ConfigureConstitution;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConstitutionCommandTest {

    final ConstitutionCommand command = new ConstitutionCommand();

    @Test
    @DisplayName("GIVEN '/constitution set quorum 30' WHEN translated THEN the change with the member's permissions, keyed by the guild's constitution")
    void set() {
        ConfigureConstitution c = sent(command.onSlash(slash("constitution", "set", caller(32), "variable",
                Kind.STRING, "quorum", "value", Kind.STRING, "30")), Topics.VOTING_COMMANDS, GUILD + ":constitution",
                Ack.EPHEMERAL_REPLY, ConfigureConstitution.class);
        assertThat(c).extracting(ConfigureConstitution::variable, ConfigureConstitution::value,
                ConfigureConstitution::permissions).containsExactly("quorum", "30", "32");
    }

    @Test
    @DisplayName("GIVEN '/constitution show' WHEN translated THEN a request to show it (no variable)")
    void show() {
        ConfigureConstitution c = sent(command.onSlash(slash("constitution", "show", caller(0))),
                Topics.VOTING_COMMANDS, GUILD + ":constitution", Ack.EPHEMERAL_REPLY, ConfigureConstitution.class);
        assertThat(c.variable()).isNull();
    }
}
