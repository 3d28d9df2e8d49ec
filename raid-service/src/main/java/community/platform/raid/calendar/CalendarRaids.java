package community.platform.raid.calendar;

import java.util.List;

/** A guild's open raids as calendar events (implemented where raids are planned). */
public interface CalendarRaids {

    List<CalendarEvent> open(long guildId);
}
