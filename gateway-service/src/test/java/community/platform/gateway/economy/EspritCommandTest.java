package community.platform.gateway.economy;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.MEMBER;
import static community.platform.gateway.interaction.TestCalls.OTHER;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.Topics;
import community.platform.contracts.economy.ChangeEsprit;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.ShowEconomy.View;
import community.platform.gateway.interaction.Options.BadOption;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EspritCommandTest {

    final EspritCommand command = new EspritCommand();

    @Test
    @DisplayName("'/esprit collection' of another member reads theirs, keyed by them, with the filters and page given")
    void collection() {
        ShowEconomy show = sent(command.onSlash(slash("esprit", "collection", "member", Kind.USER, OTHER,
                "rarity", Kind.STRING, "Rare", "name", Kind.STRING, "fox:tail", "page", Kind.INTEGER, "2")),
                Topics.ECONOMY_COMMANDS, GUILD + ":" + OTHER, Ack.REPLY, ShowEconomy.class);
        assertThat(show.view()).isEqualTo(View.COLLECTION);
        assertThat(show.memberId()).isEqualTo(OTHER);
        assertThat(show.rarity()).isEqualTo("rare");
        assertThat(show.name()).as("':' would break the page buttons' ids").isEqualTo("foxtail");
        assertThat(show.page()).isEqualTo(2);
    }

    @Test
    @DisplayName("'/esprit upgrade|dissolve|details|compare' name the esprits by number, keyed by the member")
    void changesAndReads() {
        String key = GUILD + ":" + MEMBER;
        ChangeEsprit upgrade = sent(command.onSlash(slash("esprit", "upgrade", "number", Kind.INTEGER, "3")),
                Topics.ECONOMY_COMMANDS, key, Ack.REPLY, ChangeEsprit.class);
        assertThat(upgrade.change()).isEqualTo(ChangeEsprit.Change.UPGRADE);
        assertThat(upgrade.esprit()).isEqualTo(3);
        assertThat(sent(command.onSlash(slash("esprit", "dissolve", "number", Kind.INTEGER, "4")),
                Topics.ECONOMY_COMMANDS, key, Ack.REPLY, ChangeEsprit.class).change())
                .isEqualTo(ChangeEsprit.Change.DISSOLVE);
        ShowEconomy compare = sent(command.onSlash(slash("esprit", "compare", "first", Kind.INTEGER, "1",
                "second", Kind.INTEGER, "2")), Topics.ECONOMY_COMMANDS, key, Ack.REPLY, ShowEconomy.class);
        assertThat(compare).extracting(ShowEconomy::view, ShowEconomy::esprit, ShowEconomy::other)
                .containsExactly(View.COMPARE, 1, 2);
        assertThat(sent(command.onSlash(slash("esprit", "details", "number", Kind.INTEGER, "9")),
                Topics.ECONOMY_COMMANDS, key, Ack.REPLY, ShowEconomy.class).esprit()).isEqualTo(9);
    }

    @Test
    @DisplayName("a missing or out-of-range number, a member that is not an id, or an unknown subcommand is refused")
    void refusals() {
        assertThatThrownBy(() -> command.onSlash(slash("esprit", "upgrade"))).isInstanceOf(BadOption.class)
                .hasMessage("number is needed.");
        assertThatThrownBy(() -> command.onSlash(slash("esprit", "dissolve", "number", Kind.INTEGER, "0")))
                .isInstanceOf(BadOption.class).hasMessage("number must be between 1 and 1000000.");
        assertThatThrownBy(() -> command.onSlash(slash("esprit", "collection", "member", Kind.USER, "@everyone")))
                .isInstanceOf(BadOption.class).hasMessage("member must be a member of this server.");
        assertThat(refused(command.onSlash(slash("esprit", "trade")))).isEqualTo("This command is not available.");
    }
}
