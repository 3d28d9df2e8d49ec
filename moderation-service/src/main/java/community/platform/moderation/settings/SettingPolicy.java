package community.platform.moderation.settings;

import community.platform.moderation.settings.VoteRules.TieBreak;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What {@code /modsettings name value} may set, pure: each setting's column and how its text becomes a value, with a
 * message for the admin naming the setting and the allowed range when it does not.
 */
public final class SettingPolicy {

    /** A valid change: the column and its new value (null clears it). */
    public record Change(String column, Object value) {
    }

    /** A change the admin is told about; nothing is changed. */
    public static final class InvalidSetting extends IllegalArgumentException {
        InvalidSetting(String message) {
            super(message);
        }
    }

    private record Setting(String column, Function<String, Object> parse) {
    }

    private static final Map<String, Setting> SETTINGS = Map.ofEntries(
            Map.entry("quorum", new Setting("quorum", v -> whole(v, 1, 100))),
            Map.entry("base-hours", new Setting("base_hours", v -> number(v, 0, 24 * 28))),
            Map.entry("hours-per-vote", new Setting("hours_per_vote", v -> number(v, 0, 24 * 28))),
            Map.entry("tie-break", new Setting("tie_break", v -> tieBreak(v).name())),
            Map.entry("moderator-role", new Setting("moderator_role", v -> v.equals("none") ? null : role(v))),
            Map.entry("moderator-permission", new Setting("moderator_permission", v -> whole(v, 1, Long.MAX_VALUE))),
            Map.entry("timeout-minutes", new Setting("timeout_minutes", v -> whole(v, 1, 40_320))),
            Map.entry("restrict-role", new Setting("restrict_role", v -> v.equals("none") ? null : role(v))),
            Map.entry("warnings-to-escalate", new Setting("warnings_to_escalate", v -> whole(v, 0, 100))),
            Map.entry("warnings-days", new Setting("warnings_days", v -> whole(v, 1, 3650))),
            Map.entry("mod-channel", new Setting("mod_channel", v -> v.equals("none") ? null : channel(v))));

    private SettingPolicy() {
    }

    /**
     * The clock and tie rule as a whole ({@code preset}): {@code mod-bot}, the current reactiflux mod-bot's
     * (36 - 4n hours, the most severe option wins a tie at the clock), or {@code default}, this platform's
     * (24 - 8n hours, the most severe option wins a tie).
     */
    static final Map<String, List<Change>> PRESETS = Map.of(
            "mod-bot", List.of(new Change("base_hours", 36.0), new Change("hours_per_vote", 4.0),
                    new Change("tie_break", TieBreak.MOST_SEVERE.name())),
            "default", List.of(new Change("base_hours", VoteRules.DEFAULT.baseHours()),
                    new Change("hours_per_vote", VoteRules.DEFAULT.hoursPerVote()),
                    new Change("tie_break", VoteRules.DEFAULT.tieBreak().name())));

    /** What a setting changes: one column, or several for {@code preset}. @throws InvalidSetting as {@link #change} */
    public static List<Change> changes(String name, String value) {
        if (name.equals("preset")) {
            List<Change> preset = PRESETS.get(value.strip().toLowerCase(Locale.ROOT));
            if (preset == null) {
                throw new InvalidSetting("'" + value + "' is not a preset: mod-bot (36 - 4n hours, the most severe"
                        + " option wins a tie) or default (24 - 8n hours).");
            }
            return preset;
        }
        return List.of(change(name, value));
    }

    /** @throws InvalidSetting naming the setting and what it takes */
    public static Change change(String name, String value) {
        Setting s = SETTINGS.get(name);
        if (s == null) {
            TreeSet<String> names = new TreeSet<>(SETTINGS.keySet());
            names.add("preset");
            throw new InvalidSetting("There is no setting '" + name + "'. Settings: " + String.join(", ", names) + ".");
        }
        try {
            return new Change(s.column(), s.parse().apply(value.strip()));
        } catch (RuntimeException e) {
            throw new InvalidSetting("'" + value + "' is not a valid " + name + ": "
                    + (e.getMessage() == null ? "see /modsettings" : e.getMessage()));
        }
    }

    private static TieBreak tieBreak(String v) {
        try {
            return TieBreak.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("most-severe or least-severe");
        }
    }

    private static long whole(String v, long min, long max) {
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            n = min - 1;
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("a whole number from " + min + " to " + max + " is needed");
        }
        return n;
    }

    private static double number(String v, double min, double max) {
        double n;
        try {
            n = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            n = Double.NaN;
        }
        if (!(n >= min && n <= max)) {
            throw new IllegalArgumentException("a number from " + min + " to " + max + " is needed");
        }
        return n;
    }

    private static long role(String v) {
        return snowflake(v, "[<@&>]", "a role id (or none) is needed");
    }

    private static long channel(String v) {
        return snowflake(v, "[<#>]", "a channel (#moderation or its id, or none) is needed");
    }

    /** An id as typed or as Discord's mention of it ({@code mention}: the mention's characters around the id). */
    private static long snowflake(String v, String mention, String needed) {
        String id = v.replaceAll(mention, "");
        if (!id.matches("[0-9]{1,20}")) {
            throw new IllegalArgumentException(needed);
        }
        return Long.parseLong(id);
    }
}
