package community.platform.gateway.economy;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.MEMBER;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.Topics;
import community.platform.contracts.economy.Summon;
import community.platform.gateway.interaction.Options.BadOption;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SummonCommandTest {

    final SummonCommand command = new SummonCommand();

    Summon summon(Object... options) {
        return sent(command.onSlash(slash("summon", null, options)), Topics.ECONOMY_COMMANDS, GUILD + ":" + MEMBER,
                Ack.REPLY, Summon.class);
    }

    @Test
    @DisplayName("'/summon' is one paid pull on the standard banner; banner, count and free are taken as given")
    void translates() {
        assertThat(summon()).extracting(Summon::banner, Summon::pulls, Summon::free)
                .containsExactly("standard", 1, false);
        assertThat(summon("banner", Kind.STRING, " Premium ", "count", Kind.INTEGER, "10", "free", Kind.BOOLEAN,
                "true")).extracting(Summon::banner, Summon::pulls, Summon::free).containsExactly("premium", 10, true);
    }

    @Test
    @DisplayName("a count other than 1 or 10, a banner that is not a key, or a free flag that is not a boolean is refused")
    void refusals() {
        assertThat(refused(command.onSlash(slash("summon", null, "count", Kind.INTEGER, "5"))))
                .isEqualTo("A summon is 1 or 10 pulls.");
        assertThatThrownBy(() -> command.onSlash(slash("summon", null, "banner", Kind.STRING, "gold rush!")))
                .isInstanceOf(BadOption.class).hasMessageContaining("banner is a key");
        assertThatThrownBy(() -> command.onSlash(slash("summon", null, "free", Kind.STRING, "yes")))
                .isInstanceOf(BadOption.class).hasMessage("free must be true or false.");
        assertThatThrownBy(() -> command.onSlash(slash("summon", null, "count", Kind.STRING, "ten")))
                .isInstanceOf(BadOption.class).hasMessage("count must be a whole number.");
    }
}
