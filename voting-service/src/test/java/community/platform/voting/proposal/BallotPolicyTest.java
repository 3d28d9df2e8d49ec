package community.platform.voting.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.voting.CastBallot;
import community.platform.contracts.voting.CastBallot.Choice;
import community.platform.voting.proposal.BallotPolicy.Effect;
import community.platform.voting.proposal.BallotPolicy.Step;
import community.platform.voting.tally.Ballot;
import community.platform.voting.tally.TallyMethod;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BallotPolicyTest {

    static final long VOTER = 7;
    static final List<String> FOUR = List.of("A", "B", "C", "D");
    static final Choices PLURALITY = new Choices(FOUR, TallyMethod.PLURALITY, 0);
    static final Choices APPROVAL = new Choices(FOUR, TallyMethod.APPROVAL, 0);
    static final Choices RANKED = new Choices(List.of("A", "B", "C", "D", "E", "F"), TallyMethod.RANKED, 0);
    static final Choices SCORE = new Choices(List.of("A", "B", "C"), TallyMethod.SCORE, 5);

    static CastBallot click(Choice c, Integer option, List<Integer> approved, Integer rank, Integer score) {
        return new CastBallot("1", "2", c, null, List.of(), option, approved, rank, score);
    }

    static Step.Now now(Step s) {
        assertThat(s).isInstanceOf(Step.Now.class);
        return (Step.Now) s;
    }

    @Test
    @DisplayName("plurality: a first click casts, another option changes, the same again withdraws; Yes/No of older messages are options 0 and 1")
    void plurality() {
        Step.Now cast = now(BallotPolicy.apply(PLURALITY, null, VOTER, click(Choice.OPTION, 2, null, null, null)));
        assertThat(cast.effect()).isEqualTo(Effect.CAST);
        assertThat(cast.ballot().marks()).containsExactly(2);
        Step.Now changed = now(BallotPolicy.apply(PLURALITY, cast.ballot(), VOTER,
                click(Choice.OPTION, 0, null, null, null)));
        assertThat(changed.effect()).isEqualTo(Effect.CHANGED);
        Step.Now withdrawn = now(BallotPolicy.apply(PLURALITY, changed.ballot(), VOTER,
                click(Choice.OPTION, 0, null, null, null)));
        assertThat(withdrawn.effect()).isEqualTo(Effect.WITHDRAWN);
        assertThat(withdrawn.ballot()).isNull();
        assertThat(now(BallotPolicy.apply(Choices.YES_NO, null, VOTER, click(Choice.NO, null, null, null, null)))
                .ballot().marks()).containsExactly(1);
    }

    @Test
    @DisplayName("abstain: casts an abstention, again withdraws it; an option after it changes the ballot")
    void abstain() {
        Step.Now abstained = now(BallotPolicy.apply(PLURALITY, null, VOTER, click(Choice.ABSTAIN, null, null, null,
                null)));
        assertThat(abstained.ballot().abstain()).isTrue();
        assertThat(now(BallotPolicy.apply(PLURALITY, abstained.ballot(), VOTER, click(Choice.ABSTAIN, null, null,
                null, null))).effect()).isEqualTo(Effect.WITHDRAWN);
        assertThat(now(BallotPolicy.apply(PLURALITY, abstained.ballot(), VOTER, click(Choice.OPTION, 1, null, null,
                null))).effect()).isEqualTo(Effect.CHANGED);
    }

    @Test
    @DisplayName("approval: the pick replaces the options approved, in option order; the same set changes nothing; none withdraws")
    void approval() {
        Step.Now cast = now(BallotPolicy.apply(APPROVAL, null, VOTER, click(Choice.APPROVE, null, List.of(3, 0),
                null, null)));
        assertThat(cast.ballot().marks()).containsExactly(0, 3);
        assertThat(now(BallotPolicy.apply(APPROVAL, cast.ballot(), VOTER, click(Choice.APPROVE, null,
                List.of(0, 3), null, null))).effect()).isEqualTo(Effect.UNCHANGED);
        assertThat(now(BallotPolicy.apply(APPROVAL, cast.ballot(), VOTER, click(Choice.APPROVE, null, List.of(),
                null, null))).effect()).isEqualTo(Effect.WITHDRAWN);
    }

    @Test
    @DisplayName("ranked: a pick puts the option at that preference and moves the rest down; a preference past the end is the next; the same pick again removes it")
    void ranked() {
        Ballot b = now(BallotPolicy.apply(RANKED, null, VOTER, click(Choice.RANK, 2, null, 1, null))).ballot();
        assertThat(b.marks()).as("a 2nd choice with no 1st becomes the 1st").containsExactly(2);
        b = now(BallotPolicy.apply(RANKED, b, VOTER, click(Choice.RANK, 4, null, 1, null))).ballot();
        assertThat(b.marks()).containsExactly(2, 4);
        b = now(BallotPolicy.apply(RANKED, b, VOTER, click(Choice.RANK, 4, null, 0, null))).ballot();
        assertThat(b.marks()).as("moving E first").containsExactly(4, 2);
        b = now(BallotPolicy.apply(RANKED, b, VOTER, click(Choice.RANK, 0, null, 0, null))).ballot();
        assertThat(b.marks()).containsExactly(0, 4, 2);
        b = now(BallotPolicy.apply(RANKED, b, VOTER, click(Choice.RANK, 1, null, 3, null))).ballot();
        assertThat(b.marks()).containsExactly(0, 4, 2, 1);
        b = now(BallotPolicy.apply(RANKED, b, VOTER, click(Choice.RANK, 5, null, 0, null))).ballot();
        assertThat(b.marks()).as("at most four preferences: the last drops off").containsExactly(5, 0, 4, 2);
        Step.Now removed = now(BallotPolicy.apply(RANKED, b, VOTER, click(Choice.RANK, 0, null, 1, null)));
        assertThat(removed.ballot().marks()).containsExactly(5, 4, 2);
        assertThat(BallotPolicy.apply(RANKED, b, VOTER, click(Choice.RANK, 0, null, 4, null)))
                .as("a 5th preference is not on the ballot").isInstanceOf(Step.Refused.class);
    }

    @Test
    @DisplayName("score: a pick sets that option's score, the others stay 0 until scored; the same score again changes nothing")
    void score() {
        Ballot b = now(BallotPolicy.apply(SCORE, null, VOTER, click(Choice.SCORE, 1, null, null, 4))).ballot();
        assertThat(b.marks()).containsExactly(0, 4, 0);
        b = now(BallotPolicy.apply(SCORE, b, VOTER, click(Choice.SCORE, 2, null, null, 5))).ballot();
        assertThat(b.marks()).containsExactly(0, 4, 5);
        assertThat(now(BallotPolicy.apply(SCORE, b, VOTER, click(Choice.SCORE, 2, null, null, 5))).effect())
                .isEqualTo(Effect.UNCHANGED);
        assertThat(BallotPolicy.apply(SCORE, b, VOTER, click(Choice.SCORE, 2, null, null, 6)))
                .as("above the highest score").isInstanceOf(Step.Refused.class);
    }

    @Test
    @DisplayName("picks that do not fit the proposal are refused: another method's component, an option it lacks; Withdraw without a ballot changes nothing")
    void refusals() {
        assertThat(BallotPolicy.apply(PLURALITY, null, VOTER, click(Choice.OPTION, 4, null, null, null)))
                .isInstanceOf(Step.Refused.class);
        assertThat(BallotPolicy.apply(PLURALITY, null, VOTER, click(Choice.APPROVE, null, List.of(1), null, null)))
                .isInstanceOf(Step.Refused.class);
        assertThat(BallotPolicy.apply(APPROVAL, null, VOTER, click(Choice.OPTION, 1, null, null, null)))
                .isInstanceOf(Step.Refused.class);
        assertThat(BallotPolicy.apply(APPROVAL, null, VOTER, click(Choice.APPROVE, null, List.of(9), null, null)))
                .isInstanceOf(Step.Refused.class);
        assertThat(BallotPolicy.apply(SCORE, null, VOTER, click(Choice.RANK, 0, null, 0, null)))
                .isInstanceOf(Step.Refused.class);
        assertThat(now(BallotPolicy.apply(PLURALITY, null, VOTER, click(Choice.WITHDRAW, null, null, null, null)))
                .effect()).isEqualTo(Effect.UNCHANGED);
    }
}
