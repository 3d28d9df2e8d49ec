package community.platform.raid.guild;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings {@code /settings} changes, each checked with a message naming the setting and what it takes: the raid,
 * list, roster and log channels (a channel mention or id; {@code none} clears it), {@code stale-hours} (1 to 720),
 * {@code zone} (an IANA time zone such as Europe/Berlin), {@code reminder-minutes} (0 to 10080, 0: no reminders) and
 * {@code dungeons} (the guild's dungeon list, separated by commas: up to 100 names of up to 100 characters; none: any
 * dungeon).
 */
final class RaidSettings {

    private static final Map<String, String> CHANNELS = Map.of("raid-channel", "raid_channel_id",
            "list-channel", "list_channel_id", "roster-channel", "roster_channel_id", "log-channel", "log_channel_id");

    static final String NAMES = "raid-channel, list-channel, roster-channel, log-channel, stale-hours, zone,"
            + " reminder-minutes, dungeons";
    static final int DUNGEONS_MAX = 100;

    /** A setting's column and value, or why not. */
    record Change(String column, Object value, String shown) {
    }

    private RaidSettings() {
    }

    /** The change a setting and value make, or the refusal (Left-like: exactly one is present). */
    static Result read(String setting, String value) {
        String name = setting.toLowerCase(Locale.ROOT);
        String v = value.strip();
        if (CHANNELS.containsKey(name)) {
            if (v.equalsIgnoreCase("none")) {
                return Result.ok(new Change(CHANNELS.get(name), null, "none"));
            }
            Optional<Long> channel = channel(v);
            return channel.map(c -> Result.ok(new Change(CHANNELS.get(name), c, "<#" + c + ">")))
                    .orElse(Result.refused("⚠️ " + name + " takes a channel (#raids or its id) or none."));
        }
        if (name.equals("stale-hours")) {
            try {
                int hours = Integer.parseInt(v);
                if (hours >= 1 && hours <= 720) {
                    return Result.ok(new Change("stale_hours", hours, hours + " hours"));
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            return Result.refused("⚠️ stale-hours takes a whole number of hours from 1 to 720.");
        }
        if (name.equals("reminder-minutes")) {
            try {
                int minutes = Integer.parseInt(v);
                if (minutes >= 0 && minutes <= 10080) {
                    return Result.ok(new Change("reminder_minutes", minutes, minutes == 0 ? "off"
                            : minutes + " minutes before a raid"));
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            return Result.refused("⚠️ reminder-minutes takes a whole number of minutes from 0 (no reminders) to"
                    + " 10080 (a week).");
        }
        if (name.equals("dungeons")) {
            java.util.List<String> names = v.equalsIgnoreCase("none") ? java.util.List.of()
                    : java.util.Arrays.stream(v.split("[,;\\n]+")).map(String::strip).filter(d -> !d.isEmpty())
                    .distinct().toList();
            if (names.size() > DUNGEONS_MAX || names.stream().anyMatch(d -> d.length() > 100)) {
                return Result.refused("⚠️ dungeons takes up to " + DUNGEONS_MAX + " names of up to 100 characters,"
                        + " separated by commas (none: any dungeon).");
            }
            return Result.ok(new Change("dungeons", names.toArray(String[]::new), names.isEmpty() ? "any dungeon"
                    : String.join(", ", names)));
        }
        if (name.equals("zone")) {
            try {
                return Result.ok(new Change("zone", ZoneId.of(v).getId(), ZoneId.of(v).getId()));
            } catch (DateTimeException e) {
                return Result.refused("⚠️ zone takes a time zone such as Europe/Berlin or America/New_York.");
            }
        }
        return Result.refused("⚠️ There is no raid setting " + setting + ". Settings: " + NAMES + ".");
    }

    private static Optional<Long> channel(String v) {
        String id = v.startsWith("<#") && v.endsWith(">") ? v.substring(2, v.length() - 1) : v;
        if (!id.matches("[0-9]{17,20}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    record Result(Change change, String refusal) {
        static Result ok(Change c) {
            return new Result(c, null);
        }

        static Result refused(String why) {
            return new Result(null, why);
        }
    }
}
