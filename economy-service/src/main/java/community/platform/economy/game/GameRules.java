package community.platform.economy.game;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A guild's game data, validated: currencies, the daily reward, rarities (lowest first), banners with rates and pity,
 * upgrade costs, team slots and the esprit catalogue. Built only by {@link GameRulesReader}, so every instance is valid.
 */
public record GameRules(Map<String, Currency> currencies, Daily daily, List<Rarity> rarities, List<String> elements,
                        Map<String, Banner> banners, Upgrade upgrade, int teamSlots,
                        Map<String, EspritKind> esprits) {

    public record Currency(String key, String name, String emoji) {
        public String format(long amount) {
            return emoji + " " + grouped(amount) + " " + name;
        }

        /**
         * {@code 1234567 -> "1,234,567"}: what {@code String.format("%,d")} writes in English, whatever the machine's
         * locale, without parsing a pattern on every call (it was half of rendering a reply: {@code infra/microbench}).
         */
        public static String grouped(long amount) {
            String digits = Long.toString(amount);
            int sign = amount < 0 ? 1 : 0;
            int length = digits.length() - sign;
            if (length <= 3) {
                return digits;
            }
            StringBuilder out = new StringBuilder(digits.length() + (length - 1) / 3);
            int head = sign + (length % 3 == 0 ? 3 : length % 3);
            out.append(digits, 0, head);
            for (int i = head; i < digits.length(); i += 3) {
                out.append(',').append(digits, i, i + 3);
            }
            return out.toString();
        }
    }

    public record Daily(Map<String, Long> rewards, Duration cooldown) {
    }

    /** @param rank 0 for the lowest rarity */
    public record Rarity(String key, String name, int rank, double statMultiplier, Map<String, Long> dissolve) {
    }

    /**
     * @param pity      the counter grows by {@code increment} on every pull below its rarity and is reset by a pull of
     *                  it; from {@code softFrom} the rarity's rate grows by {@code softStep} a pull; a pull that brings
     *                  the counter to {@code guaranteedAt} is of that rarity
     * @param tenFloor  a ten-pull holds at least one esprit of this rarity or better (null: no floor)
     * @param freeEvery the free single summon's own timer (null: no free summon)
     */
    public record Banner(String key, String name, String currency, long cost, long tenPullCost,
                         Map<String, Double> rates, Pity pity, String tenFloor, Duration freeEvery,
                         List<String> pool) {
        public long price(int pulls) {
            return pulls == 10 ? tenPullCost : cost * pulls;
        }
    }

    public record Pity(String rarity, int increment, int softFrom, double softStep, int guaranteedAt) {
    }

    public record Upgrade(String currency, long baseCost, double costGrowth, int maxLevel, double statGrowth) {
        /** What raising an esprit from {@code level} to the next costs. */
        public long costFrom(int level) {
            return Math.round(baseCost * Math.pow(costGrowth, level - 1));
        }
    }

    public record EspritKind(String key, String name, String rarity, String element, int attack, int defense,
                             int health) {
    }

    public Rarity rarity(String key) {
        return rarities.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rarity " + key));
    }

    public Optional<EspritKind> esprit(String key) {
        return Optional.ofNullable(esprits.get(key));
    }

    public Currency currency(String key) {
        return currencies.get(key);
    }
}
