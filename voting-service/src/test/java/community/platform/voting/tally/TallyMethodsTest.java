package community.platform.voting.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every tally method against the Tennessee capital example (100 voters; options 0 Memphis, 1 Nashville, 2 Chattanooga,
 * 3 Knoxville): 42 rank M > N > C > K, 26 N > C > K > M, 15 C > K > N > M, 17 K > C > N > M. Sources: Wikipedia
 * "Plurality voting" and "Score voting" (section "Example"), Wikipedia "Effects of different voting systems under
 * similar circumstances" as copied to electowiki (2010) for the instant-runoff rounds and top-two approval, and
 * abif.electorama.com "TNexampleTie" for an instant runoff that ends in a tie.
 */
class TallyMethodsTest {

    static final int MEMPHIS = 0;
    static final int NASHVILLE = 1;
    static final int CHATTANOOGA = 2;
    static final int KNOXVILLE = 3;

    /** {@code count} ballots marking {@code marks}, voters numbered from {@code first}. */
    static List<Ballot> group(int first, int count, Integer... marks) {
        List<Ballot> out = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            out.add(Ballot.of(first + v, marks));
        }
        return out;
    }

    static List<Ballot> tennessee(int m, int n, int c, int k, Integer[] mMarks, Integer[] nMarks, Integer[] cMarks,
                                  Integer[] kMarks) {
        List<Ballot> all = new ArrayList<>(group(0, m, mMarks));
        all.addAll(group(1000, n, nMarks));
        all.addAll(group(2000, c, cMarks));
        all.addAll(group(3000, k, kMarks));
        return all;
    }

    static final Integer[] M_RANK = {MEMPHIS, NASHVILLE, CHATTANOOGA, KNOXVILLE};
    static final Integer[] N_RANK = {NASHVILLE, CHATTANOOGA, KNOXVILLE, MEMPHIS};
    static final Integer[] C_RANK = {CHATTANOOGA, KNOXVILLE, NASHVILLE, MEMPHIS};
    static final Integer[] K_RANK = {KNOXVILLE, CHATTANOOGA, NASHVILLE, MEMPHIS};

    @Test
    @DisplayName("plurality, Tennessee: GIVEN each group's first choice WHEN counted THEN Memphis wins 42 / 26 / 15 / 17")
    void pluralityTennessee() {
        TallyResult r = TallyMethod.PLURALITY.count(4, tennessee(42, 26, 15, 17, new Integer[] {MEMPHIS},
                new Integer[] {NASHVILLE}, new Integer[] {CHATTANOOGA}, new Integer[] {KNOXVILLE}));
        assertThat(r.totals()).containsExactly(42L, 26L, 15L, 17L);
        assertThat(r.winner()).hasValue(MEMPHIS);
        assertThat(r.tieBreak()).isNull();
    }

    @Test
    @DisplayName("instant runoff, Tennessee: GIVEN the full rankings WHEN counted THEN Chattanooga then Nashville are eliminated and Knoxville wins 58 to 42")
    void rankedTennessee() {
        TallyResult r = TallyMethod.RANKED.count(4, tennessee(42, 26, 15, 17, M_RANK, N_RANK, C_RANK, K_RANK));
        assertThat(r.rounds()).containsExactly(List.of(42L, 26L, 15L, 17L), List.of(42L, 26L, 0L, 32L),
                List.of(42L, 0L, 0L, 58L));
        assertThat(r.winner()).hasValue(KNOXVILLE);
        assertThat(r.tieBreak()).isNull();
    }

    @Test
    @DisplayName("instant runoff, TNexampleTie: GIVEN 42 / 20 / 10 / 12 WHEN counted THEN the last round ties Memphis and Knoxville 42 to 42: no winner")
    void rankedEndsInATie() {
        TallyResult r = TallyMethod.RANKED.count(4, tennessee(42, 20, 10, 12, M_RANK, N_RANK, C_RANK, K_RANK));
        assertThat(r.rounds()).containsExactly(List.of(42L, 20L, 10L, 12L), List.of(42L, 20L, 0L, 22L),
                List.of(42L, 0L, 0L, 42L));
        assertThat(r.winner()).isEmpty();
        assertThat(r.tied()).isTrue();
    }

    @Test
    @DisplayName("instant runoff: GIVEN two options tied for fewest WHEN one must go THEN the one with fewer in an earlier round goes, and the result says so; tied in every round, the one listed last")
    void rankedEliminationTieBreak() {
        // round 1: A 4, B 3, C 3 (C's ballots go to B next), D 2 (to C): D out; round 2: A 4, B 3, C 5 ...
        List<Ballot> ballots = new ArrayList<>(group(0, 4, 0));
        ballots.addAll(group(100, 3, 1, 0));
        ballots.addAll(group(200, 3, 2, 1));
        ballots.addAll(group(300, 1, 3, 1));
        ballots.addAll(group(400, 1, 3, 2));
        // round 1: A 4, B 3, C 3, D 2 -> D out (one ballot to B, one to C); round 2: A 4, B 4, C 4 -> all tied for
        // fewest and for first: no winner
        TallyResult all = TallyMethod.RANKED.count(4, ballots);
        assertThat(all.rounds().get(1)).containsExactly(4L, 4L, 4L, 0L);
        assertThat(all.winner()).isEmpty();

        // B and C tie for fewest in round 2 after D goes; B had as many in round 1 as C: the one listed last (C) goes
        List<Ballot> tied = new ArrayList<>(group(0, 5, 0));
        tied.addAll(group(100, 3, 1, 0));
        tied.addAll(group(200, 3, 2, 1));
        tied.addAll(group(300, 1, 3));
        TallyResult r = TallyMethod.RANKED.count(4, tied);
        assertThat(r.rounds().get(1)).containsExactly(5L, 3L, 3L, 0L);
        assertThat(r.tieBreak()).contains("options 2, 3 tied for fewest in every round; option 3, listed last,"
                + " was eliminated");
        assertThat(r.rounds().get(2)).containsExactly(5L, 6L, 0L, 0L);
        assertThat(r.winner()).hasValue(1);

        // tied in round 2, but B had fewer in round 1: B goes
        List<Ballot> earlier = new ArrayList<>(group(0, 6, 0));
        earlier.addAll(group(100, 2, 1, 0));
        earlier.addAll(group(200, 3, 2, 1));
        earlier.addAll(group(300, 1, 3, 1));
        TallyResult e = TallyMethod.RANKED.count(4, earlier);
        assertThat(e.rounds().get(0)).containsExactly(6L, 2L, 3L, 1L);
        assertThat(e.rounds().get(1)).containsExactly(6L, 3L, 3L, 0L);
        assertThat(e.tieBreak()).contains("option 2 had fewer in round 1 and was eliminated");
        assertThat(e.winner()).hasValue(0);
    }

    @Test
    @DisplayName("score, Tennessee (Wikipedia 'Score voting'): GIVEN 0 to 10 scores WHEN summed THEN Nashville wins 603 over Chattanooga 457, Memphis 420, Knoxville 312")
    void scoreTennessee() {
        TallyResult r = TallyMethod.SCORE.count(4, tennessee(42, 26, 15, 17, new Integer[] {10, 4, 2, 0},
                new Integer[] {0, 10, 4, 2}, new Integer[] {0, 6, 10, 6}, new Integer[] {0, 5, 7, 10}));
        assertThat(r.totals()).containsExactly(420L, 603L, 457L, 312L);
        assertThat(r.winner()).hasValue(NASHVILLE);
    }

    @Test
    @DisplayName("approval, Tennessee: GIVEN each voter approving their top two WHEN counted THEN Nashville wins 68 over Chattanooga 58, Memphis 42, Knoxville 32")
    void approvalTennessee() {
        TallyResult r = TallyMethod.APPROVAL.count(4, tennessee(42, 26, 15, 17, new Integer[] {MEMPHIS, NASHVILLE},
                new Integer[] {NASHVILLE, CHATTANOOGA}, new Integer[] {CHATTANOOGA, KNOXVILLE},
                new Integer[] {KNOXVILLE, CHATTANOOGA}));
        assertThat(r.totals()).containsExactly(42L, 68L, 58L, 32L);
        assertThat(r.winner()).hasValue(NASHVILLE);
    }

    @Test
    @DisplayName("abstentions count toward turnout, never toward a winner; a tie for the most is no winner; no ballots, no winner")
    void abstentionsAndTies() {
        List<Ballot> ballots = new ArrayList<>(group(0, 2, 0));
        ballots.addAll(group(10, 2, 1));
        ballots.add(Ballot.abstention(99));
        TallyResult tie = TallyMethod.PLURALITY.count(2, ballots);
        assertThat(tie.turnout()).isEqualTo(5);
        assertThat(tie.abstentions()).isEqualTo(1);
        assertThat(tie.counted()).isEqualTo(4);
        assertThat(tie.winner()).isEmpty();
        assertThat(tie.tied()).isTrue();
        TallyResult onlyAbstained = TallyMethod.PLURALITY.count(2, List.of(Ballot.abstention(1)));
        assertThat(onlyAbstained.winner()).isEqualTo(OptionalInt.empty());
        assertThat(onlyAbstained.tied()).isFalse();
        assertThat(TallyMethod.SCORE.count(2, List.of()).winner()).isEmpty();
    }

    @Test
    @DisplayName("a ballot that does not fit its method (two plurality marks, an unknown option, a missing score) is refused")
    void malformedBallots() {
        assertThatThrownBy(() -> TallyMethod.PLURALITY.count(2, List.of(Ballot.of(1, 0, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TallyMethod.RANKED.count(2, List.of(Ballot.of(1, 5))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TallyMethod.SCORE.count(3, List.of(Ballot.of(1, 4, 5))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
