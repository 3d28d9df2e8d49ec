package community.platform.voting.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.voting.CastBallot.Choice;
import community.platform.voting.proposal.BallotPolicy.Effect;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BallotPolicyTest {

    @Test
    @DisplayName("a member without a ballot casts one, whatever the choice")
    void firstClickCasts() {
        // GIVEN no ballot  WHEN any button is clicked  THEN the ballot is cast
        for (Choice c : Choice.values()) {
            assertThat(BallotPolicy.effect(null, c)).isEqualTo(Effect.CAST);
        }
    }

    @Test
    @DisplayName("another choice changes the ballot; the same choice again withdraws it")
    void laterClicks() {
        // GIVEN a Yes ballot  WHEN No is clicked  THEN changed;  WHEN Yes again  THEN withdrawn
        assertThat(BallotPolicy.effect(Choice.YES, Choice.NO)).isEqualTo(Effect.CHANGED);
        assertThat(BallotPolicy.effect(Choice.ABSTAIN, Choice.YES)).isEqualTo(Effect.CHANGED);
        for (Choice c : Choice.values()) {
            assertThat(BallotPolicy.effect(c, c)).isEqualTo(Effect.WITHDRAWN);
        }
    }
}
