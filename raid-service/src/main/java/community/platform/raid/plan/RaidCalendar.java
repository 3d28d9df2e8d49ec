package community.platform.raid.plan;

import community.platform.raid.calendar.CalendarEvent;
import community.platform.raid.calendar.CalendarRaids;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A guild's open raids as calendar events: each at its best slot (confirmed), or at its first day and time while
 * nobody voted both (tentative); raids whose options were never read as dates are left out.
 */
@Component
class RaidCalendar implements CalendarRaids {

    private final RaidRepository raids;

    RaidCalendar(RaidRepository raids) {
        this.raids = raids;
    }

    @Override
    public List<CalendarEvent> open(long guildId) {
        return raids.open(guildId).stream().map(this::event).flatMap(Optional::stream).toList();
    }

    private Optional<CalendarEvent> event(Raid r) {
        List<Vote> votes = raids.votes(r.raidId());
        long full = votes.stream().filter(Vote::full).count();
        return RaidReminders.chosen(r, votes).map(c -> new CalendarEvent(r.raidId(), r.title(), c.at(),
                (r.note() == null ? "" : r.note() + "\n") + full + " voted · group of " + r.groupSize()
                        + (r.leaderName() == null ? "" : " · led by " + r.leaderName()), r.link(), !c.voted()));
    }
}
