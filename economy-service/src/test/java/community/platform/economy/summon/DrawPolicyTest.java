package community.platform.economy.summon;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.economy.game.GameRules;
import community.platform.economy.game.GameRules.Banner;
import community.platform.economy.game.TestGames;
import community.platform.economy.summon.DrawPolicy.Pull;
import community.platform.economy.summon.DrawPolicy.Rolls;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DrawPolicyTest {

    /** Chi-square critical values at significance 0.001 by degrees of freedom (a fit is rejected above them). */
    static final Map<Integer, Double> CRITICAL_0_001 = Map.of(1, 10.828, 2, 13.816, 3, 16.266, 4, 18.467, 5, 20.515,
            6, 22.458, 7, 24.322, 8, 26.124, 9, 27.877, 13, 34.528);
    static final int PULLS = 100_000;

    static GameRules rules(String... pathValues) {
        return TestGames.rules(pathValues);
    }

    /** The default game data with the banner's pity pushed out of reach, so every pull uses the base rates. */
    static GameRules withoutPity(String banner) {
        return rules("banners." + banner + ".pity.softFrom", "1000000", "banners." + banner + ".pity.guaranteedAt",
                "1000000");
    }

    static double chiSquare(Map<String, Integer> observed, Map<String, Double> rates, int n) {
        double x2 = 0;
        for (var e : rates.entrySet()) {
            double expected = e.getValue() * n;
            double diff = observed.getOrDefault(e.getKey(), 0) - expected;
            x2 += diff * diff / expected;
        }
        return x2;
    }

    @Test
    @DisplayName("100,000 pulls without pity match the configured rarity rates (chi-square, significance 0.001, 3 degrees of freedom)")
    void rarityDistributionMatchesRates() {
        for (String banner : List.of("standard", "premium")) {
            GameRules rules = withoutPity(banner);
            Banner b = rules.banners().get(banner);
            Map<String, Integer> observed = new HashMap<>();
            for (int i = 0; i < PULLS; i++) {
                Pull p = DrawPolicy.pull(rules, b, 1, 0, false, Rolls.of("chi-square:" + banner + ":" + i, 1));
                observed.merge(p.rarity(), 1, Integer::sum);
            }
            double x2 = chiSquare(observed, b.rates(), PULLS);
            assertThat(x2).as("%s: chi-square %.2f of %s against %s", banner, x2, observed, b.rates())
                    .isLessThan(CRITICAL_0_001.get(b.rates().size() - 1));
        }
    }

    @Test
    @DisplayName("within a rarity every esprit of the pool is equally likely (chi-square, significance 0.001)")
    void espritsWithinARarityAreUniform() {
        GameRules rules = withoutPity("standard");
        Banner b = rules.banners().get("standard");
        Map<String, Integer> observed = new HashMap<>();
        int commons = 0;
        for (int i = 0; i < PULLS; i++) {
            Pull p = DrawPolicy.pull(rules, b, 1, 0, false, Rolls.of("uniform:" + i, 1));
            if (p.rarity().equals("common")) {
                observed.merge(p.esprit(), 1, Integer::sum);
                commons++;
            }
        }
        List<String> pool = b.pool().stream().filter(k -> rules.esprits().get(k).rarity().equals("common")).toList();
        Map<String, Double> uniform = new HashMap<>();
        pool.forEach(k -> uniform.put(k, 1.0 / pool.size()));
        assertThat(observed.keySet()).containsExactlyInAnyOrderElementsOf(pool);
        assertThat(chiSquare(observed, uniform, commons)).isLessThan(CRITICAL_0_001.get(pool.size() - 1));
    }

    @Test
    @DisplayName("a drawing whose rarity rates are wrong is caught by the same test (the test can fail)")
    void chiSquareRejectsWrongRates() {
        GameRules rules = withoutPity("standard");
        Banner b = rules.banners().get("standard");
        Map<String, Integer> observed = new HashMap<>();
        for (int i = 0; i < PULLS; i++) {
            observed.merge(DrawPolicy.pull(rules, b, 1, 0, false, Rolls.of("wrong:" + i, 1)).rarity(), 1, Integer::sum);
        }
        Map<String, Double> claimed = Map.of("common", 0.69, "rare", 0.22, "epic", 0.07, "legendary", 0.02);
        assertThat(chiSquare(observed, claimed, PULLS)).isGreaterThan(CRITICAL_0_001.get(3));
    }

    @Test
    @DisplayName("the guarantee holds on every path: whatever the rolls, no run of pulls passes guaranteedAt without the pity rarity")
    void pityGuaranteeOnEveryPath() {
        GameRules rules = rules();
        for (Banner b : rules.banners().values()) {
            int guaranteedAt = b.pity().guaranteedAt();
            // the worst rolls (always the lowest rarity the rates allow) from every starting counter
            for (int start = 0; start < guaranteedAt; start++) {
                int counter = start;
                int pulls = 0;
                Pull p;
                do {
                    p = DrawPolicy.pull(rules, b, pulls + 1, counter, false, new Rolls(0.0, 0.0));
                    counter = p.pityAfter();
                    pulls++;
                } while (!p.rarity().equals(b.pity().rarity()));
                // soft pity may bring the rate to 1 a little earlier; never later than the guarantee
                assertThat(start + pulls * b.pity().increment()).as(b.key() + " from " + start)
                        .isLessThanOrEqualTo(guaranteedAt);
                assertThat(p.pityAfter()).isZero();
            }
            // without soft pity the worst path ends exactly at the guarantee
            GameRules hard = rules("banners." + b.key() + ".pity.softStep", "0");
            Banner hb = hard.banners().get(b.key());
            int counter0 = 0;
            for (int n = 1; n <= guaranteedAt; n++) {
                Pull p = DrawPolicy.pull(hard, hb, n, counter0, false, new Rolls(0.0, 0.0));
                assertThat(p.rarity().equals(b.pity().rarity())).as(b.key() + " pull " + n).isEqualTo(n == guaranteedAt);
                assertThat(p.guaranteed()).isEqualTo(n == guaranteedAt);
                counter0 = p.pityAfter();
            }
            // and 100,000 pulls of real rolls never go longer than guaranteedAt without it
            int counter = 0;
            int since = 0;
            for (int i = 0; i < PULLS; i++) {
                Pull p = DrawPolicy.pull(rules, b, 1, counter, false, Rolls.of("path:" + b.key() + ":" + i, 1));
                since++;
                if (p.rarity().equals(b.pity().rarity())) {
                    assertThat(since).isLessThanOrEqualTo(guaranteedAt);
                    since = 0;
                }
                counter = p.pityAfter();
                assertThat(counter).isLessThan(guaranteedAt);
            }
        }
    }

    @Test
    @DisplayName("soft pity raises the pity rarity's rate step by step and the rates still add up to 1")
    void softPity() {
        GameRules rules = rules();
        Banner b = rules.banners().get("standard");
        double previous = 0;
        for (int counter = 0; counter < b.pity().guaranteedAt(); counter++) {
            Map<String, Double> rates = DrawPolicy.rates(rules, b, counter, false);
            double sum = rates.values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            double legendary = rates.get("legendary");
            assertThat(legendary).isGreaterThanOrEqualTo(previous);
            if (counter < b.pity().softFrom()) {
                assertThat(legendary).isEqualTo(b.rates().get("legendary"));
            } else {
                assertThat(legendary).isGreaterThan(b.rates().get("legendary"));
            }
            previous = legendary;
        }
    }

    @Test
    @DisplayName("a ten-pull always holds the banner's floor rarity or better, even with the worst rolls")
    void tenPullFloor() {
        GameRules rules = rules();
        for (Banner b : rules.banners().values()) {
            int floorRank = rules.rarity(b.tenFloor()).rank();
            for (int i = 0; i < 2_000; i++) {
                List<Pull> pulls = DrawPolicy.summon(rules, b, 0, 10, "ten:" + b.key() + ":" + i);
                assertThat(pulls).hasSize(10).anyMatch(p -> rules.rarity(p.rarity()).rank() >= floorRank);
            }
            Pull worst = DrawPolicy.pull(rules, b, 10, 0, true, new Rolls(0.0, 0.0));
            assertThat(rules.rarity(worst.rarity()).rank()).isEqualTo(floorRank);
        }
    }

    @Test
    @DisplayName("the same command draws the same esprits: a recorded draw is drawn again from its rolls")
    void drawsAreReproducible() {
        GameRules rules = rules();
        Banner b = rules.banners().get("premium");
        List<Pull> first = DrawPolicy.summon(rules, b, 17, 10, "1310000000000000042");
        assertThat(DrawPolicy.summon(rules, b, 17, 10, "1310000000000000042")).isEqualTo(first);
        assertThat(DrawPolicy.summon(rules, b, 17, 10, "1310000000000000043")).isNotEqualTo(first);
        for (Pull p : first) {
            Pull again = DrawPolicy.pull(rules, b, p.number(), p.pityBefore(), p.floored(), p.rolls());
            assertThat(again).isEqualTo(p);
        }
    }
}
