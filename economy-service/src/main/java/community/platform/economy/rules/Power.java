package community.platform.economy.rules;

import community.platform.economy.rules.GameRules.EspritKind;

/** The one stat formula: collection, details, compare, team, optimize, profile and leaderboard all use it. */
public final class Power {

    private Power() {
    }

    public record Stats(int attack, int defense, int health) {
        public int power() {
            return attack + defense + health / 10;
        }
    }

    /** A stat is {@code base x rarity multiplier x (1 + growth x (level - 1))}, rounded. */
    public static Stats of(GameRules rules, EspritKind kind, int level) {
        double factor = rules.rarity(kind.rarity()).statMultiplier() * (1 + rules.upgrade().statGrowth() * (level - 1));
        return new Stats((int) Math.round(kind.attack() * factor), (int) Math.round(kind.defense() * factor),
                (int) Math.round(kind.health() * factor));
    }

    /** A progress bar of {@code width} cells: {@code ▰▰▰▱▱▱}. */
    public static String bar(int value, int max, int width) {
        int filled = max <= 0 ? width : Math.min(width, (int) Math.floor((double) value * width / max));
        return "▰".repeat(filled) + "▱".repeat(width - filled);
    }
}
