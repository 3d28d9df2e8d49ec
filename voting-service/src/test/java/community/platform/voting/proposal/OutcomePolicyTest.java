package community.platform.voting.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.voting.ProposalClosed.Outcome;
import community.platform.voting.tally.Ballot;
import community.platform.voting.tally.TallyMethod;
import community.platform.voting.tally.TallyResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutcomePolicyTest {

    /** {@code yes} Yes ballots, {@code no} No ballots, {@code abstain} abstentions. */
    static TallyResult ballots(int yes, int no, int abstain) {
        List<Ballot> all = new ArrayList<>();
        for (int i = 0; i < yes; i++) {
            all.add(Ballot.of(i, 0));
        }
        for (int i = 0; i < no; i++) {
            all.add(Ballot.of(100 + i, 1));
        }
        for (int i = 0; i < abstain; i++) {
            all.add(Ballot.abstention(200 + i));
        }
        return TallyMethod.PLURALITY.count(2, all);
    }

    @Test
    @DisplayName("GIVEN 3 Yes, 1 No, 1 abstention in a guild of 10 WHEN the quorum is 50 % THEN met by turnout (abstaining counts) and Yes wins; at 60 % it is missed")
    void quorumCountsAbstentions() {
        assertThat(OutcomePolicy.decide(ballots(3, 1, 1), 10, 50, 50).outcome()).isEqualTo(Outcome.WINNER);
        assertThat(OutcomePolicy.decide(ballots(3, 1, 1), 10, 50, 50).winner()).hasValue(0);
        assertThat(OutcomePolicy.decide(ballots(3, 1, 1), 10, 60, 50).outcome()).isEqualTo(Outcome.QUORUM_MISSED);
    }

    @Test
    @DisplayName("GIVEN a quorum above 0 and no member count known WHEN decided THEN the quorum cannot be shown met: missed")
    void unknownMembers() {
        assertThat(OutcomePolicy.decide(ballots(5, 0, 0), null, 10, 50).outcome()).isEqualTo(Outcome.QUORUM_MISSED);
        assertThat(OutcomePolicy.decide(ballots(5, 0, 0), null, 0, 50).outcome()).isEqualTo(Outcome.WINNER);
    }

    @Test
    @DisplayName("GIVEN 3 Yes to 2 No WHEN the threshold is 60 % THEN exactly 60 % is not more than it: threshold missed; at 50 % Yes wins")
    void threshold() {
        assertThat(OutcomePolicy.decide(ballots(3, 2, 0), 5, 0, 60).outcome()).isEqualTo(Outcome.THRESHOLD_MISSED);
        assertThat(OutcomePolicy.decide(ballots(3, 2, 0), 5, 0, 50).outcome()).isEqualTo(Outcome.WINNER);
    }

    @Test
    @DisplayName("GIVEN a tie, no ballots, or only abstentions WHEN decided THEN no winner: tie, or no ballots")
    void noWinner() {
        assertThat(OutcomePolicy.decide(ballots(2, 2, 1), 10, 0, 50).outcome()).isEqualTo(Outcome.TIE);
        assertThat(OutcomePolicy.decide(ballots(0, 0, 0), 10, 0, 50).outcome()).isEqualTo(Outcome.NO_BALLOTS);
        assertThat(OutcomePolicy.decide(ballots(0, 0, 3), 10, 0, 50).outcome()).isEqualTo(Outcome.NO_BALLOTS);
    }
}
