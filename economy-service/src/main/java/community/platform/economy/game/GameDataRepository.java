package community.platform.economy.game;

import community.platform.runtime.transaction.TransactionScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The game data each guild plays with: the default data (the file in {@code economy.game-file}, else the built-in
 * {@code economy/default-game.json}), validated at start so a bad file stops the service with every problem listed,
 * with the guild's overrides from {@code game_settings} laid over it. Parsed rules are kept per guild and revision.
 */
@Repository
public class GameDataRepository {

    private final JdbcTemplate jdbc;
    private final JsonNode defaultData;
    private final GameData defaultGame;
    private final Map<Long, GameData> byGuild = new ConcurrentHashMap<>();
    private final TransactionScoped<Map<Long, GameData>> readInThisTransaction = new TransactionScoped<>(HashMap::new);

    GameDataRepository(JdbcTemplate jdbc, @Value("${economy.game-file:}") String gameFile) {
        this.jdbc = jdbc;
        this.defaultData = load(gameFile);
        GameRules rules;
        try {
            rules = GameRulesReader.read(defaultData);
        } catch (InvalidGameRules e) {
            throw new IllegalStateException("the game data in " + (gameFile.isBlank() ? "economy/default-game.json"
                    : gameFile) + " is invalid: " + String.join("; ", e.problems()), e);
        }
        this.defaultGame = new GameData(0, rules, JsonNodeFactory.instance.objectNode(), defaultData);
    }

    private static JsonNode load(String gameFile) {
        try {
            if (!gameFile.isBlank()) {
                return GameDataJson.parse(Files.readString(Path.of(gameFile), StandardCharsets.UTF_8));
            }
            try (InputStream in = GameDataRepository.class.getResourceAsStream("/economy/default-game.json")) {
                return GameDataJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("economy.game-file '" + gameFile + "' cannot be read as JSON: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The guild's game data. Read once per transaction (a consumer's poll): every command of the poll plays by the
     * same revision, and a poll of many commands costs one read per guild instead of one per command.
     */
    public GameData of(long guild) {
        return TransactionScoped.active() ? readInThisTransaction.get().computeIfAbsent(guild, this::load)
                : load(guild);
    }

    private GameData load(long guild) {
        var row = jdbc.query("select revision, overrides::text from game_settings where guild_id = ?",
                (rs, n) -> Map.entry(rs.getInt(1), rs.getString(2)), guild).stream().findFirst();
        if (row.isEmpty()) {
            return defaultGame;
        }
        GameData cached = byGuild.get(guild);
        if (cached != null && cached.revision() == row.get().getKey()) {
            return cached;
        }
        JsonNode overrides = GameDataJson.parse(row.get().getValue());
        GameData current;
        try {
            current = current(row.get().getKey(), overrides);
        } catch (InvalidGameRules e) {
            // a new default file may no longer accept an old override: the guild plays the defaults until fixed
            current = new GameData(row.get().getKey(), defaultGame.rules(), overrides, defaultData);
        }
        byGuild.put(guild, current);
        return current;
    }

    private GameData current(int revision, JsonNode overrides) {
        JsonNode effective = GameDataJson.merge(defaultData, overrides);
        return new GameData(revision, GameRulesReader.read(effective), overrides, effective);
    }

    /**
     * Keeps new overrides for the guild, but only when the data they make is valid.
     *
     * @throws InvalidGameRules listing every problem; nothing is kept
     */
    public GameData change(long guild, JsonNode overrides, long by, Instant at) {
        GameData before = of(guild);
        GameData after = current(before.revision() + 1, overrides);
        jdbc.update("""
                insert into game_settings (guild_id, overrides, revision, changed_by, changed_at)
                values (?, ?::jsonb, ?, ?, ?)
                on conflict (guild_id) do update set overrides = excluded.overrides, revision = excluded.revision,
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at""",
                guild, GameDataJson.write(overrides), after.revision(), by, Timestamp.from(at));
        byGuild.put(guild, after);
        readInThisTransaction.bound().ifPresent(read -> read.put(guild, after));
        return after;
    }
}
