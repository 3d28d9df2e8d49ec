package community.platform.moderation.settings;

import community.platform.contracts.moderation.Moderator;
import community.platform.moderation.escalation.EscalationPolicy.Rules;
import community.platform.moderation.escalation.EscalationPolicy.TieBreak;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** A guild's moderation settings ({@code moderation_settings}; the column defaults are the defaults). */
@Repository
public class ModerationSettings {

    /** MANAGE_GUILD: who may change the settings. */
    public static final long MANAGE_SERVER = 1L << 5;

    public record Settings(Long moderatorRole, long moderatorPermission, Rules rules, int timeoutMinutes,
                           Long restrictRole, int warningsToEscalate, int warningsDays) {

        /** Members with the moderator role or the moderator permission moderate. */
        public boolean moderates(Moderator m) {
            return m != null && ((moderatorRole != null && m.roleIds().contains(Long.toString(moderatorRole)))
                    || m.has(moderatorPermission));
        }
    }

    /** Settings a guild admin may change with {@code /modsettings}, each with how its text becomes a column value. */
    static final Map<String, Setting> SETTINGS = Map.ofEntries(
            Map.entry("quorum", new Setting("quorum", v -> whole(v, 1, 100))),
            Map.entry("base-hours", new Setting("base_hours", v -> number(v, 0, 24 * 28))),
            Map.entry("hours-per-vote", new Setting("hours_per_vote", v -> number(v, 0, 24 * 28))),
            Map.entry("tie-break", new Setting("tie_break", v -> TieBreak.valueOf(v.toUpperCase(Locale.ROOT)
                    .replace('-', '_')).name())),
            Map.entry("moderator-role", new Setting("moderator_role", v -> v.equals("none") ? null : snowflake(v))),
            Map.entry("moderator-permission", new Setting("moderator_permission", v -> whole(v, 1, Long.MAX_VALUE))),
            Map.entry("timeout-minutes", new Setting("timeout_minutes", v -> whole(v, 1, 40_320))),
            Map.entry("restrict-role", new Setting("restrict_role", v -> v.equals("none") ? null : snowflake(v))),
            Map.entry("warnings-to-escalate", new Setting("warnings_to_escalate", v -> whole(v, 0, 100))),
            Map.entry("warnings-days", new Setting("warnings_days", v -> whole(v, 1, 3650))));

    record Setting(String column, Function<String, Object> parse) {
    }

    private final JdbcTemplate jdbc;

    ModerationSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Settings of(long guild) {
        jdbc.update("insert into moderation_settings (guild_id) values (?) on conflict do nothing", guild);
        return jdbc.queryForObject("""
                select moderator_role, moderator_permission, quorum, base_hours, hours_per_vote, tie_break,
                       timeout_minutes, restrict_role, warnings_to_escalate, warnings_days
                  from moderation_settings where guild_id = ?""", (rs, n) -> new Settings(
                (Long) rs.getObject(1), rs.getLong(2), new Rules(rs.getInt(3), rs.getDouble(4), rs.getDouble(5),
                TieBreak.valueOf(rs.getString(6))), rs.getInt(7), (Long) rs.getObject(8), rs.getInt(9),
                rs.getInt(10)), guild);
    }

    /**
     * Changes one setting.
     *
     * @throws IllegalArgumentException with a message for the admin when the name or the value is not valid
     */
    public void change(long guild, String name, String value) {
        Setting s = SETTINGS.get(name);
        if (s == null) {
            throw new IllegalArgumentException("There is no setting '" + name + "'. Settings: "
                    + String.join(", ", new java.util.TreeSet<>(SETTINGS.keySet())) + ".");
        }
        Object parsed;
        try {
            parsed = s.parse().apply(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid " + name + ": "
                    + (e.getMessage() == null ? "see /modsettings" : e.getMessage()));
        }
        of(guild);
        jdbc.update("update moderation_settings set " + s.column() + " = ? where guild_id = ?", parsed, guild);
    }

    private static long whole(String v, long min, long max) {
        long n = Long.parseLong(v);
        if (n < min || n > max) {
            throw new IllegalArgumentException("a whole number from " + min + " to " + max + " is needed");
        }
        return n;
    }

    private static double number(String v, double min, double max) {
        double n = Double.parseDouble(v);
        if (!(n >= min && n <= max)) {
            throw new IllegalArgumentException("a number from " + min + " to " + max + " is needed");
        }
        return n;
    }

    private static long snowflake(String v) {
        String id = v.replaceAll("[<@&>]", "");
        if (!id.matches("[0-9]{1,20}")) {
            throw new IllegalArgumentException("a role id (or none) is needed");
        }
        return Long.parseLong(id);
    }
}
