package community.platform.economy.esprit;

import community.platform.economy.game.Esprit;
import community.platform.economy.game.GameRules;
import community.platform.economy.game.GameRules.Rarity;
import community.platform.economy.game.PowerPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which of a member's esprits a collection page shows: the filters, checked against the game data, strongest first. */
public final class CollectionPolicy {

    private CollectionPolicy() {
    }

    /** Why the filters cannot be used (a rarity or element the game does not have), if they cannot. */
    public static Optional<String> refusal(GameRules rules, String rarity, String element) {
        if (rarity != null && rules.rarities().stream().noneMatch(r -> r.key().equals(rarity))) {
            return Optional.of("There is no rarity '" + rarity + "'. Rarities: "
                    + String.join(", ", rules.rarities().stream().map(Rarity::key).toList()) + ".");
        }
        if (element != null && !rules.elements().contains(element)) {
            return Optional.of("There is no element '" + element + "'. Elements: "
                    + String.join(", ", rules.elements()) + ".");
        }
        return Optional.empty();
    }

    /** The esprits matching every filter set (a name matches in part, any case), strongest first. */
    public static List<Esprit> matching(GameRules rules, List<Esprit> owned, String rarity, String element,
                                        String name) {
        String part = name == null ? null : name.toLowerCase(Locale.ROOT);
        return owned.stream().filter(e -> {
            var kind = rules.esprit(e.kind());
            return (rarity == null || kind.map(k -> k.rarity().equals(rarity)).orElse(false))
                    && (element == null || kind.map(k -> k.element().equals(element)).orElse(false))
                    && (part == null || kind.map(k -> k.name().toLowerCase(Locale.ROOT).contains(part))
                    .orElse(e.kind().contains(part)));
        }).sorted(PowerPolicy.strongestFirst(rules)).toList();
    }
}
