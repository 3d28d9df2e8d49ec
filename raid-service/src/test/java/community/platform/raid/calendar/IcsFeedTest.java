package community.platform.raid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IcsFeedTest {

    private static final Instant STAMP = Instant.parse("2026-12-01T10:00:00Z");

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    @DisplayName("GIVEN two open raids WHEN the feed is written THEN an iCalendar parser reads two events with their UID, start, end, summary, link and status")
    void events() throws Exception {
        String ics = IcsFeed.of("Raids", List.of(
                new CalendarEvent(7, "Raid #1 · Frost Keep", Instant.parse("2026-12-04T19:00:00Z"), "3 voted",
                        "https://discord.com/channels/1/2/3", false),
                new CalendarEvent(8, "Raid #2 · Ember Vault", Instant.parse("2026-12-05T18:30:00Z"), null, null,
                        true)), Duration.ofHours(2), STAMP);
        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(value(events.get(0), Property.UID)).isEqualTo("raid-7@community-platform");
        assertThat(value(events.get(0), Property.SUMMARY)).isEqualTo("Raid #1 · Frost Keep");
        assertThat(value(events.get(0), Property.DTSTART)).isEqualTo("20261204T190000Z");
        assertThat(value(events.get(0), Property.DTEND)).isEqualTo("20261204T210000Z");
        assertThat(value(events.get(0), Property.URL)).isEqualTo("https://discord.com/channels/1/2/3");
        assertThat(value(events.get(0), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(events.get(1), Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    @DisplayName("GIVEN a raid whose text has commas, semicolons, newlines and a long multi-byte note WHEN written THEN lines are folded at 75 octets and the parser reads the text back unchanged")
    void escapedAndFolded() throws Exception {
        String note = "Bring potions, scrolls; and food\nMeet at the gate — " + "🐉".repeat(40);
        String ics = IcsFeed.of("Raids; guild, one", List.of(new CalendarEvent(9, "Raid #3 · A, B; C",
                Instant.parse("2026-12-06T20:00:00Z"), note, null, false)), Duration.ofMinutes(90), STAMP);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith(" ")).count()).isPositive();
        VEvent e = (VEvent) parse(ics).getComponents(Component.VEVENT).get(0);
        assertThat(value(e, Property.SUMMARY)).isEqualTo("Raid #3 · A, B; C");
        assertThat(value(e, Property.DESCRIPTION)).isEqualTo(note);
    }

    @Test
    @DisplayName("GIVEN no open raids WHEN written THEN the calendar is valid and empty")
    void empty() throws Exception {
        assertThat(parse(IcsFeed.of("Raids", List.of(), Duration.ofHours(2), STAMP)).getComponents(Component.VEVENT))
                .isEmpty();
    }
}
