package community.platform.economy.settings;

import community.platform.economy.rules.GameRules;
import community.platform.economy.rules.GameRulesReader;
import community.platform.economy.rules.InvalidGameRules;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The game data each guild plays with: the default data (the file in {@code economy.game-file}, else the built-in
 * {@code economy/default-game.json}), validated at start so a bad file stops the service with every problem listed,
 * with the guild's overrides from {@code game_settings} laid over it. Parsed rules are kept per guild and revision.
 */
@Component
public class GameSettings {

    /** The rules a guild plays with now, and the revision of its overrides (0: the defaults). */
    public record Current(int revision, GameRules rules, JsonNode overrides, JsonNode effective) {
    }

    private final JdbcTemplate jdbc;
    private final JsonNode defaults;
    private final Current defaultCurrent;
    private final Map<Long, Current> byGuild = new ConcurrentHashMap<>();

    GameSettings(JdbcTemplate jdbc, @Value("${economy.game-file:}") String gameFile) {
        this.jdbc = jdbc;
        this.defaults = load(gameFile);
        GameRules rules;
        try {
            rules = GameRulesReader.read(defaults);
        } catch (InvalidGameRules e) {
            throw new IllegalStateException("the game data in " + (gameFile.isBlank() ? "economy/default-game.json"
                    : gameFile) + " is invalid: " + String.join("; ", e.problems()), e);
        }
        this.defaultCurrent = new Current(0, rules, JsonNodeFactory.instance.objectNode(), defaults);
    }

    private static JsonNode load(String gameFile) {
        try {
            if (!gameFile.isBlank()) {
                return GameRulesReader.parseJson(Files.readString(Path.of(gameFile), StandardCharsets.UTF_8));
            }
            try (InputStream in = GameSettings.class.getResourceAsStream("/economy/default-game.json")) {
                return GameRulesReader.parseJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
    public Current of(long guild) {
        Map<Long, Current> read = readInThisTransaction();
        if (read == null) {
            return load(guild);
        }
        return read.computeIfAbsent(guild, this::load);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Current> readInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound == null) {
            Map<Long, Current> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(GameSettings.this);
                }
            });
            return fresh;
        }
        return (Map<Long, Current>) bound;
    }

    private Current load(long guild) {
        var row = jdbc.query("select revision, overrides::text from game_settings where guild_id = ?",
                (rs, n) -> Map.entry(rs.getInt(1), rs.getString(2)), guild).stream().findFirst();
        if (row.isEmpty()) {
            return defaultCurrent;
        }
        Current cached = byGuild.get(guild);
        if (cached != null && cached.revision() == row.get().getKey()) {
            return cached;
        }
        JsonNode overrides = GameRulesReader.parseJson(row.get().getValue());
        Current current;
        try {
            current = current(row.get().getKey(), overrides);
        } catch (InvalidGameRules e) {
            // a new default file may no longer accept an old override: the guild plays the defaults until fixed
            current = new Current(row.get().getKey(), defaultCurrent.rules(), overrides, defaults);
        }
        byGuild.put(guild, current);
        return current;
    }

    private Current current(int revision, JsonNode overrides) {
        JsonNode effective = GameRulesReader.merge(defaults, overrides);
        return new Current(revision, GameRulesReader.read(effective), overrides, effective);
    }

    /**
     * Keeps new overrides for the guild, but only when the data they make is valid.
     *
     * @throws InvalidGameRules listing every problem; nothing is kept
     */
    public Current change(long guild, JsonNode overrides, long by, Instant at) {
        Current before = of(guild);
        Current after = current(before.revision() + 1, overrides);
        jdbc.update("""
                insert into game_settings (guild_id, overrides, revision, changed_by, changed_at)
                values (?, ?::jsonb, ?, ?, ?)
                on conflict (guild_id) do update set overrides = excluded.overrides, revision = excluded.revision,
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at""",
                guild, GameRulesReader.toJson(overrides), after.revision(), by, Timestamp.from(at));
        byGuild.put(guild, after);
        Map<Long, Current> read = readInThisTransaction();
        if (read != null) {
            read.put(guild, after);
        }
        return after;
    }
}
