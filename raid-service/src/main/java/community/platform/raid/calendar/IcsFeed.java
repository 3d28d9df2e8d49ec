package community.platform.raid.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A guild's raids as an iCalendar feed (RFC 5545), pure: one VEVENT per open raid with a stable UID (a calendar app
 * updates the event as the best slot moves), times in UTC, text escaped (backslash, semicolon, comma, newline) and
 * lines folded at 75 octets.
 */
final class IcsFeed {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int FOLD = 75;

    private IcsFeed() {
    }

    static String of(String calendarName, List<CalendarEvent> events, Duration length, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//community-platform//raids//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        for (CalendarEvent e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:raid-" + e.raidId() + "@community-platform");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(e.start()));
            line(out, "DTEND:" + UTC.format(e.start().plus(length)));
            line(out, "SUMMARY:" + text(e.title()));
            if (e.description() != null) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            if (e.url() != null) {
                line(out, "URL:" + e.url());
            }
            line(out, "STATUS:" + (e.tentative() ? "TENTATIVE" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values: backslash, semicolon, comma and newline escaped. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** One content line, folded at 75 octets (never inside a UTF-8 sequence), ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > FOLD) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
