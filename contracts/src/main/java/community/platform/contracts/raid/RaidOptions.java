package community.platform.contracts.raid;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days and times a raid offers, as members type them in {@code /raidplan}'s form, read as dates and clock times:
 * the gateway refuses what cannot be read (where it enters), the raid service reads them against the day the raid is
 * planned in the guild's time zone (reminders, the stale sweep and the calendar need real instants). A day is a
 * weekday ({@code Fri}, {@code Saturday}: the next one from the planning day on, that day included), a date
 * ({@code 2026-12-05}, {@code 5.12.}, {@code 5.12.2026}, {@code 12/5}: without a year the next such date), or a
 * weekday with a date ({@code Sat 5.12.}: the date counts). A time is {@code 19:00}, {@code 7:30}, {@code 9pm} or
 * {@code 9:30 pm}.
 */
public final class RaidOptions {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?");

    /** How a day or time must be written, for a refusal. */
    public static final String DAY_FORMS = "a weekday (Fri, Saturday) or a date (2026-12-05, 5.12., 12/5)";
    public static final String TIME_FORMS = "a clock time (19:00, 7:30, 9pm)";

    private RaidOptions() {
    }

    /** The date a day option names, from {@code today} on; empty when it names none. */
    public static Optional<LocalDate> day(String typed, LocalDate today) {
        String s = typed.strip().toLowerCase(Locale.ROOT);
        String[] words = s.split("[\\s,]+", 2);
        Optional<DayOfWeek> weekday = weekday(words[0]);
        if (weekday.isPresent()) {
            if (words.length == 1) {
                LocalDate d = today;
                while (d.getDayOfWeek() != weekday.get()) {
                    d = d.plusDays(1);
                }
                return Optional.of(d);
            }
            s = words[1].strip();
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)));
            }
            m = DOTTED.matcher(s);
            if (m.matches()) {
                return Optional.of(dated(today, i(m, 2), i(m, 1), m.group(3)));
            }
            m = SLASHED.matcher(s);
            if (m.matches()) {
                return Optional.of(dated(today, i(m, 1), i(m, 2), m.group(3)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The clock time a time option names; empty when it names none. */
    public static Optional<LocalTime> time(String typed) {
        Matcher m = CLOCK.matcher(typed.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
            return Optional.empty();
        }
        int hour = i(m, 1);
        int minute = m.group(2) == null ? 0 : i(m, 2);
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    private static Optional<DayOfWeek> weekday(String word) {
        if (word.length() < 2) {
            return Optional.empty();
        }
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && name.startsWith(w)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static LocalDate dated(LocalDate today, int month, int day, String year) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day);
        }
        MonthDay md = MonthDay.of(month, day);
        LocalDate d = md.atYear(today.getYear());
        return d.isBefore(today) ? md.atYear(today.getYear() + 1) : d;
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
