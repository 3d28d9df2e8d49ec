package community.platform.gateway.voting;

import static community.platform.gateway.interaction.TestCalls.click;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.CustomId;
import community.platform.contracts.voting.CastBallot;
import community.platform.contracts.voting.CastBallot.Choice;
import community.platform.contracts.voting.ids.BallotId;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BallotButtonsTest {

    final BallotButtons buttons = new BallotButtons();

    @Test
    @DisplayName("a ballot button casts the choice it names, keyed by the proposal, on the clicked message")
    void casts() {
        // GIVEN the "No" button of proposal 123  WHEN clicked  THEN CastBallot(123, NO), the message updated
        CastBallot ballot = sent(buttons.onComponent(click(new BallotId("123", Choice.NO).format())),
                Topics.VOTING_COMMANDS, "123", Ack.UPDATE, CastBallot.class);
        assertThat(ballot.proposalId()).isEqualTo("123");
        assertThat(ballot.choice()).isEqualTo(Choice.NO);
    }

    @Test
    @DisplayName("a malformed, unknown-choice or foreign ballot id gets the one refusal every button gives")
    void refusals() {
        for (String id : new String[] {"voting:ballot:123:maybe", "voting:ballot:abc:yes", "voting:ballot:123",
                "voting:ballot:123:yes:extra", "economy:page:collection:1:1:-:-:-", ""}) {
            assertThat(refused(buttons.onComponent(click(id)))).as(id).isEqualTo(CustomId.NOT_RECOGNISED);
        }
    }
}
