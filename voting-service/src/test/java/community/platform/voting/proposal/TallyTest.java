package community.platform.voting.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.voting.CastBallot.Choice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    @DisplayName("a tally counts each choice, shows every choice (0 when no one chose it) and keeps voters in order")
    void counts() {
        // GIVEN two Yes ballots and one No, none Abstain
        Tally tally = Tally.of(Map.of(Choice.YES, List.of(3L, 1L), Choice.NO, List.of(2L)));
        // THEN the counts, the total, and the voters in the order they voted
        assertThat(tally.count(Choice.YES)).isEqualTo(2);
        assertThat(tally.count(Choice.NO)).isEqualTo(1);
        assertThat(tally.count(Choice.ABSTAIN)).isZero();
        assertThat(tally.total()).isEqualTo(3);
        assertThat(tally.voters().get(Choice.YES)).containsExactly(3L, 1L);
        assertThat(tally.voters().keySet()).containsExactly(Choice.YES, Choice.NO, Choice.ABSTAIN);
    }

    @Test
    @DisplayName("an empty tally has every choice at 0")
    void empty() {
        Tally tally = Tally.of(Map.of());
        assertThat(tally.total()).isZero();
        assertThat(tally.voters()).allSatisfy((c, voters) -> assertThat(voters).isEmpty());
    }
}
