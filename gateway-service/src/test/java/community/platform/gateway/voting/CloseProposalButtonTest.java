package community.platform.gateway.voting;

import static community.platform.gateway.interaction.TestCalls.click;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.CustomId;
import community.platform.contracts.voting.CloseProposal;
import community.platform.contracts.voting.ids.CloseId;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CloseProposalButtonTest {

    final CloseProposalButton button = new CloseProposalButton();

    @Test
    @DisplayName("GIVEN a proposal's Close now button WHEN clicked THEN CloseProposal with the clicker's permissions, keyed by the proposal, the message updated")
    void closes() {
        CloseProposal close = sent(button.onComponent(click(new CloseId("123").format())), Topics.VOTING_COMMANDS,
                "123", Ack.UPDATE, CloseProposal.class);
        assertThat(close.proposalId()).isEqualTo("123");
        assertThat(close.permissions()).isEqualTo("0");
    }

    @Test
    @DisplayName("GIVEN a malformed or foreign close id WHEN clicked THEN the one refusal every button gives")
    void refusals() {
        for (String id : new String[] {"voting:close:abc", "voting:close", "voting:close:1:2", "voting:ballot:1:yes"}) {
            assertThat(refused(button.onComponent(click(id)))).as(id).isEqualTo(CustomId.NOT_RECOGNISED);
        }
    }
}
