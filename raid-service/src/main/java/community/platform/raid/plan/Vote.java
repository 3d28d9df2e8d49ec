package community.platform.raid.plan;

import java.util.List;

/** A member's days and times (option indexes) for a raid, with their name when they voted. */
record Vote(long memberId, String memberName, List<Integer> days, List<Integer> times) {

    /** Voted a day and a time: listed on the raid, present when it finishes. */
    boolean full() {
        return !days.isEmpty() && !times.isEmpty();
    }
}
