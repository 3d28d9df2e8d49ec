package community.platform.voting.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.voting.tally.Ballot;
import community.platform.voting.tally.TallyMethod;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    @DisplayName("GIVEN two Yes, one No and one abstention WHEN tallied THEN totals per option, abstentions apart, voters in order")
    void counts() {
        Tally tally = new Tally(Choices.YES_NO, List.of(Ballot.of(3, 0), Ballot.of(1, 0), Ballot.of(2, 1),
                Ballot.abstention(4)));
        assertThat(tally.result().totals()).containsExactly(2L, 1L);
        assertThat(tally.abstentions()).isEqualTo(1);
        assertThat(tally.total()).isEqualTo(4);
        assertThat(tally.ballots()).extracting(Ballot::voter).containsExactly(3L, 1L, 2L, 4L);
    }

    @Test
    @DisplayName("GIVEN no ballots WHEN tallied THEN every option at 0")
    void empty() {
        Tally tally = Tally.empty(new Choices(List.of("A", "B", "C"), TallyMethod.APPROVAL, 0));
        assertThat(tally.total()).isZero();
        assertThat(tally.result().totals()).containsExactly(0L, 0L, 0L);
    }

    @Test
    @DisplayName("GIVEN ballots of each method WHEN described THEN the option, the approved, the ranking, the scores, or Abstain")
    void describes() {
        List<String> o = List.of("Ember Vault", "Frost Keep", "Sunken Temple");
        assertThat(new Choices(o, TallyMethod.PLURALITY, 0).describe(Ballot.of(1, 2))).isEqualTo("Sunken Temple");
        assertThat(new Choices(o, TallyMethod.APPROVAL, 0).describe(Ballot.of(1, 0, 2)))
                .isEqualTo("Ember Vault, Sunken Temple");
        assertThat(new Choices(o, TallyMethod.RANKED, 0).describe(Ballot.of(1, 2, 0)))
                .isEqualTo("Sunken Temple > Ember Vault");
        assertThat(new Choices(o, TallyMethod.SCORE, 5).describe(Ballot.of(1, 5, 0, 3)))
                .isEqualTo("Ember Vault: 5, Frost Keep: 0, Sunken Temple: 3");
        assertThat(Choices.YES_NO.describe(Ballot.abstention(1))).isEqualTo("Abstain");
    }

    @Test
    @DisplayName("GIVEN options a ballot cannot show WHEN checked THEN refused with the reason; 2 to 25 distinct options are fine")
    void problems() {
        assertThat(Choices.problem(List.of("A"), TallyMethod.PLURALITY, 0)).contains("2 to 25");
        assertThat(Choices.problem(List.of("A", "a"), TallyMethod.PLURALITY, 0)).contains("different");
        assertThat(Choices.problem(List.of("A", "B", "C", "D", "E"), TallyMethod.SCORE, 5)).contains("at most 4");
        assertThat(Choices.problem(List.of("A", "B"), TallyMethod.SCORE, 11)).contains("1 to 10");
        assertThat(Choices.problem(java.util.stream.IntStream.range(0, 25).mapToObj(i -> "o" + i).toList(),
                TallyMethod.RANKED, 0)).isNull();
        assertThat(Choices.ordinal(0) + Choices.ordinal(1) + Choices.ordinal(2) + Choices.ordinal(3))
                .isEqualTo("1st2nd3rd4th");
    }
}
