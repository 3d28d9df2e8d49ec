package community.platform.economy.game;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The game data a guild plays with now: the parsed rules, the guild's overrides, the data they make (the defaults
 * with the overrides laid over them) and the revision of the overrides (0: the defaults).
 */
public record GameData(int revision, GameRules rules, JsonNode overrides, JsonNode effective) {

    /** A section of the effective data at a dotted path ({@code banners.premium}); the whole data for null. */
    public Optional<JsonNode> section(String path) {
        JsonNode at = effective;
        if (path != null) {
            for (String key : path.split("\\.")) {
                at = at == null ? null : at.get(key);
            }
        }
        return Optional.ofNullable(at);
    }
}
