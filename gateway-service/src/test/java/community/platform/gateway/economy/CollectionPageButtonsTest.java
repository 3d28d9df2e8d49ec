package community.platform.gateway.economy;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.OTHER;
import static community.platform.gateway.interaction.TestCalls.click;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.CustomId;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.ids.CollectionPageId;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CollectionPageButtonsTest {

    final CollectionPageButtons buttons = new CollectionPageButtons();

    @Test
    @DisplayName("a page button shows the page it names of whose collection it names, with its filters, on the same message")
    void pages() {
        ShowEconomy show = sent(buttons.onComponent(click(new CollectionPageId(OTHER, 3, "rare", null, "fox")
                .format())), Topics.ECONOMY_COMMANDS, GUILD + ":" + OTHER, Ack.UPDATE, ShowEconomy.class);
        assertThat(show).extracting(ShowEconomy::view, ShowEconomy::memberId, ShowEconomy::page, ShowEconomy::rarity,
                ShowEconomy::element, ShowEconomy::name)
                .containsExactly(ShowEconomy.View.COLLECTION, OTHER, 3, "rare", null, "fox");
    }

    @Test
    @DisplayName("a page id with a page that is not a number, a member that is not an id, or parts missing is refused")
    void refusals() {
        for (String id : new String[] {"economy:page:collection:" + OTHER + ":x:-:-:-",
                "economy:page:collection:bob:1:-:-:-", "economy:page:collection:" + OTHER + ":1",
                "economy:page:profile:" + OTHER + ":1:-:-:-", "economy:page:collection:" + OTHER + ":1:RARE!:-:-"}) {
            assertThat(refused(buttons.onComponent(click(id)))).as(id).isEqualTo(CustomId.NOT_RECOGNISED);
        }
    }
}
