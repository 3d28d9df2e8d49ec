package community.platform.gateway.economy;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.MEMBER;
import static community.platform.gateway.interaction.TestCalls.OTHER;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.Topics;
import community.platform.contracts.economy.ArrangeTeam;
import community.platform.contracts.economy.ArrangeTeam.Arrangement;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.gateway.interaction.Options.BadOption;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TeamCommandTest {

    final TeamCommand command = new TeamCommand();
    final String key = GUILD + ":" + MEMBER;

    @Test
    @DisplayName("'/team set|clear|optimize' arrange the member's own team; '/team view' shows anyone's, keyed by them")
    void translates() {
        assertThat(sent(command.onSlash(slash("team", "set", "slot", Kind.INTEGER, "2", "number", Kind.INTEGER, "5")),
                Topics.ECONOMY_COMMANDS, key, Ack.REPLY, ArrangeTeam.class))
                .extracting(ArrangeTeam::arrangement, ArrangeTeam::slot, ArrangeTeam::esprit)
                .containsExactly(Arrangement.SET, 2, 5);
        assertThat(sent(command.onSlash(slash("team", "clear", "slot", Kind.INTEGER, "2")), Topics.ECONOMY_COMMANDS,
                key, Ack.REPLY, ArrangeTeam.class).arrangement()).isEqualTo(Arrangement.CLEAR);
        assertThat(sent(command.onSlash(slash("team", "optimize")), Topics.ECONOMY_COMMANDS, key, Ack.REPLY,
                ArrangeTeam.class).arrangement()).isEqualTo(Arrangement.OPTIMIZE);
        assertThat(sent(command.onSlash(slash("team", "view", "member", Kind.USER, OTHER)), Topics.ECONOMY_COMMANDS,
                GUILD + ":" + OTHER, Ack.REPLY, ShowEconomy.class).view()).isEqualTo(ShowEconomy.View.TEAM);
    }

    @Test
    @DisplayName("a slot outside 1-25 or a missing esprit number is refused")
    void refusals() {
        assertThatThrownBy(() -> command.onSlash(slash("team", "clear", "slot", Kind.INTEGER, "26")))
                .isInstanceOf(BadOption.class).hasMessage("slot must be between 1 and 25.");
        assertThatThrownBy(() -> command.onSlash(slash("team", "set", "slot", Kind.INTEGER, "1")))
                .isInstanceOf(BadOption.class).hasMessage("number is needed.");
    }
}
