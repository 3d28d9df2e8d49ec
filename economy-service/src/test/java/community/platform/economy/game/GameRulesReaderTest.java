package community.platform.economy.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.economy.game.GameRules.EspritKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GameRulesReaderTest {

    @Test
    @DisplayName("the default game data is valid: two currencies, four rarities, two banners, the catalogue")
    void defaultsAreValid() {
        GameRules rules = TestGames.rules();
        assertThat(rules.currencies()).containsKeys("gold", "aether");
        assertThat(rules.rarities()).extracting(GameRules.Rarity::key).containsExactly("common", "rare", "epic", "legendary");
        assertThat(rules.banners().get("standard").currency()).isEqualTo("gold");
        assertThat(rules.banners().get("premium").currency()).isEqualTo("aether");
        assertThat(rules.daily().cooldown()).hasHours(22);
    }

    @Test
    @DisplayName("an override changes one value, adds an esprit, and null removes one")
    void overrides() {
        GameRules rules = TestGames.rules("daily.rewards.gold", "750",
                "esprits.frost-owl", "{\"name\":\"Frost Owl\",\"rarity\":\"rare\",\"element\":\"water\",\"attack\":50,\"defense\":50,\"health\":400}",
                "esprits.tempest-roc", "null");
        assertThat(rules.daily().rewards()).containsEntry("gold", 750L).containsEntry("aether", 40L);
        assertThat(rules.esprit("frost-owl")).map(EspritKind::name).contains("Frost Owl");
        assertThat(rules.esprit("tempest-roc")).isEmpty();
    }

    @Test
    @DisplayName("invalid data is refused with every problem and where it is")
    void problemsAreListed() {
        assertThatThrownBy(() -> TestGames.rules("banners.premium.rates.legendary", "0.5",
                "banners.standard.currency", "gems", "esprits.ember-fox.rarity", "mythic", "upgrade.maxLevel", "0",
                "banners.standard.pool", "[\"nobody\"]"))
                .isInstanceOfSatisfying(InvalidGameRules.class, e -> assertThat(e.problems()).contains(
                        "banners.premium.rates: the rates add up to 1.47; they must add up to 1",
                        "banners.standard.currency: 'gems' is not one of the currencies [gold, aether]",
                        "esprits.ember-fox.rarity: 'mythic' is not one of the rarities [common, rare, epic, legendary]",
                        "upgrade.maxLevel: must have a minimum value of 1",
                        "banners.standard.pool: 'nobody' is not in the esprit catalogue"));
    }

    @Test
    @DisplayName("types and ranges come from the schema: each problem named by its dotted path, all at once")
    void schemaProblemsAreListed() {
        // GIVEN an admin's typo in an amount, a missing name and a team too large
        // WHEN the data is read
        // THEN every problem is listed with where it is, and nothing is read
        assertThatThrownBy(() -> TestGames.rules("daily.rewards.gold", "lots", "currencies.gold.name", "null",
                "team.slots", "26"))
                .isInstanceOfSatisfying(InvalidGameRules.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "daily.rewards.gold: string found, integer expected",
                        "currencies.gold: required property 'name' not found",
                        "team.slots: must have a maximum value of 25"));
    }

    @Test
    @DisplayName("an element of more than 16 characters is refused: members filter by it in a page button's id")
    void filterKeysFitPageButtons() {
        assertThatThrownBy(() -> TestGames.rules("elements", "[\"fire\", \"seventeen-letters\"]"))
                .isInstanceOfSatisfying(InvalidGameRules.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.startsWith("elements.1: ")));
    }

    @Test
    @DisplayName("a banner that could draw a rarity it holds no esprit of is refused")
    void poolMustCoverRates() {
        assertThatThrownBy(() -> TestGames.rules("banners.standard.pool", "[\"ember-fox\"]"))
                .isInstanceOfSatisfying(InvalidGameRules.class, e -> assertThat(e.problems())
                        .contains("banners.standard.pool: no esprit of rarity 'rare' can be drawn, but its rate is above 0"));
    }

    @Test
    @DisplayName("stats grow by the configured growth per level; upgrade costs by the cost growth")
    void statsAndCosts() {
        GameRules rules = TestGames.rules();
        EspritKind drake = rules.esprit("solar-drake").orElseThrow();
        assertThat(PowerPolicy.of(rules, drake, 1)).isEqualTo(new PowerPolicy.Stats(264, 209, 1980));
        assertThat(PowerPolicy.of(rules, drake, 11).attack()).isEqualTo((int) Math.round(120 * 2.2 * 1.8));
        assertThat(rules.upgrade().costFrom(1)).isEqualTo(100);
        assertThat(rules.upgrade().costFrom(3)).isEqualTo(156);
        assertThat(GameRenderer.bar(40, 80, 10)).isEqualTo("▰▰▰▰▰▱▱▱▱▱");
    }
}
