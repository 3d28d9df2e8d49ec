package community.platform.voting.wish;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.voting.wish.VoteReconciliation.Change;
import community.platform.voting.wish.VoteReconciliation.Stored;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What Discord shows vs what is stored -> what changes. */
class VoteReconciliationTest {

    static final Instant LIST_READ = Instant.parse("2026-11-30T12:00:00Z");
    static final Instant BEFORE = LIST_READ.minusSeconds(3600);
    static final Instant DURING = LIST_READ.plusMillis(300);

    @Test
    @DisplayName("GIVEN stored votes stale after downtime WHEN Discord lists other members THEN the missed stars are added and the removed ones withdrawn, the rest untouched")
    void staleCountsCorrected() {
        Map<Long, Stored> stored = Map.of(1L, new Stored(true, BEFORE), 2L, new Stored(true, BEFORE),
                3L, new Stored(false, BEFORE));
        assertThat(VoteReconciliation.reconcile(stored, Set.of(1L, 3L, 4L), LIST_READ)).containsExactly(
                new Change(3, true), new Change(4, true), new Change(2, false));
    }

    @Test
    @DisplayName("GIVEN the stored votes equal Discord's list WHEN reconciled THEN nothing changes")
    void sameNothing() {
        assertThat(VoteReconciliation.reconcile(Map.of(1L, new Stored(true, BEFORE), 2L, new Stored(false, BEFORE)),
                Set.of(1L), LIST_READ)).isEmpty();
        assertThat(VoteReconciliation.reconcile(Map.of(), Set.of(), LIST_READ)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a member starred or unstarred while the list was being read WHEN the older list arrives THEN their newer vote stands")
    void newerLiveFactsWin() {
        Map<Long, Stored> stored = Map.of(5L, new Stored(true, DURING), 6L, new Stored(false, DURING));
        // 5 starred after the page holding them was read; 6 unstarred after it
        assertThat(VoteReconciliation.reconcile(stored, Set.of(6L), LIST_READ)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a live reaction fact WHEN a newer fact already wrote the member's vote THEN it is ignored; an older or equal one applies; a removal of nothing is nothing")
    void liveFacts() {
        assertThat(VoteReconciliation.applies(null, true, LIST_READ)).isTrue();
        assertThat(VoteReconciliation.applies(null, false, LIST_READ)).isFalse();
        assertThat(VoteReconciliation.applies(new Stored(true, DURING), false, LIST_READ)).isFalse();
        assertThat(VoteReconciliation.applies(new Stored(true, BEFORE), false, LIST_READ)).isTrue();
        assertThat(VoteReconciliation.applies(new Stored(true, BEFORE), true, LIST_READ)).isFalse();
    }
}
