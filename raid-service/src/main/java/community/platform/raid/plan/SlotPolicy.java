package community.platform.raid.plan;

import java.util.List;
import java.util.Optional;

/** Which day and time most members can make, pure. */
final class SlotPolicy {

    /** A day and a time, and how many members can make both. */
    record Slot(int day, int time, int members) {
    }

    private SlotPolicy() {
    }

    /**
     * The slot most fully voted members can make (both its day and its time); of equals, the earlier day, then the
     * earlier time, as listed. Empty while nobody voted a day and a time.
     */
    static Optional<Slot> best(int days, int times, List<Vote> votes) {
        Slot best = null;
        for (int d = 0; d < days; d++) {
            for (int t = 0; t < times; t++) {
                int day = d;
                int time = t;
                int members = (int) votes.stream().filter(v -> v.days().contains(day) && v.times().contains(time))
                        .count();
                if (members > 0 && (best == null || members > best.members())) {
                    best = new Slot(d, t, members);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
