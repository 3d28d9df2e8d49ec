package community.platform.raid.calendar;

import java.time.Instant;

/**
 * One open raid in a guild's calendar: at its best slot (or its first day and time while nobody voted both,
 * {@code tentative}), with a link to its message.
 */
public record CalendarEvent(long raidId, String title, Instant start, String description, String url,
                            boolean tentative) {
}
