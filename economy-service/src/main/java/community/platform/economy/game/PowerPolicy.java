package community.platform.economy.game;

import community.platform.economy.game.GameRules.EspritKind;
import java.util.Comparator;

/** The one stat formula: collection, details, compare, team, optimize, profile and leaderboard all use it. */
public final class PowerPolicy {

    private PowerPolicy() {
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

    /** An esprit's power; 0 for one whose kind is no longer in the game data. */
    public static int power(GameRules rules, Esprit e) {
        return rules.esprit(e.kind()).map(k -> of(rules, k, e.level()).power()).orElse(0);
    }

    /** Strongest first, then by number: the order of collections, of optimize, of ties. */
    public static Comparator<Esprit> strongestFirst(GameRules rules) {
        return Comparator.comparingInt((Esprit e) -> power(rules, e)).reversed().thenComparingInt(Esprit::number);
    }
}
