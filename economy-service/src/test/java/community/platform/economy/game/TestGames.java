package community.platform.economy.game;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/** The default game data for tests, with changes at dotted paths as an admin would make them. */
public final class TestGames {

    private TestGames() {
    }

    public static JsonNode defaults() {
        try (InputStream in = TestGames.class.getResourceAsStream("/economy/default-game.json")) {
            return GameDataJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param pathValues a dotted path, then its value as JSON (or a bare string), and so on */
    public static GameRules rules(String... pathValues) {
        JsonNode overrides = null;
        for (int i = 0; i < pathValues.length; i += 2) {
            overrides = GameDataJson.set(overrides, pathValues[i], GameDataJson.value(pathValues[i + 1]));
        }
        return GameRulesReader.read(GameDataJson.merge(defaults(), overrides));
    }
}
