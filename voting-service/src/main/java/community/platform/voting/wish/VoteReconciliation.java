package community.platform.voting.wish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Discord shows against what is stored: the changes that make a wish's votes Discord's. Each member's vote is
 * a register whose last writer wins by the time of the fact that wrote it, so a list Discord gave (read from
 * {@code startedAt}) never undoes a reaction a member changed while it was being read. Pure.
 */
final class VoteReconciliation {

    /** A member's vote as stored: whether they star the wish now, as of the fact that said so. */
    record Stored(boolean present, Instant changedAt) {
    }

    /** A member's vote to write. */
    record Change(long member, boolean present) {
    }

    private VoteReconciliation() {
    }

    /**
     * @param stored    the wish's votes by member
     * @param onDiscord the members Discord lists as starring it (bots already excluded)
     * @param startedAt when the list began to be read: a vote stored as changed at or after it is newer than the list
     */
    static List<Change> reconcile(Map<Long, Stored> stored, Set<Long> onDiscord, Instant startedAt) {
        List<Change> changes = new ArrayList<>();
        for (long member : new TreeSet<>(onDiscord)) {
            Stored s = stored.get(member);
            if (s == null || (!s.present() && s.changedAt().isBefore(startedAt))) {
                changes.add(new Change(member, true));
            }
        }
        for (var e : new java.util.TreeMap<>(stored).entrySet()) {
            if (e.getValue().present() && !onDiscord.contains(e.getKey())
                    && e.getValue().changedAt().isBefore(startedAt)) {
                changes.add(new Change(e.getKey(), false));
            }
        }
        return changes;
    }

    /** A live reaction fact applies unless the stored vote is newer than it. */
    static boolean applies(Stored stored, boolean present, Instant at) {
        return stored == null ? present : stored.present() != present && !stored.changedAt().isAfter(at);
    }
}
