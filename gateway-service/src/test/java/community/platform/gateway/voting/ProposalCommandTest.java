package community.platform.gateway.voting;

import static community.platform.gateway.interaction.TestCalls.INTERACTION;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.OpenProposal;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProposalCommandTest {

    final ProposalCommand command = new ProposalCommand();

    @Test
    @DisplayName("'/proposal title' opens a proposal named after the interaction, keyed by it, voting 24 hours")
    void opens() {
        // GIVEN a member's /proposal with a title
        // WHEN it is translated
        OpenProposal open = sent(command.onSlash(slash("proposal", null, "title", Kind.STRING, "  Movie night  ")),
                Topics.VOTING_COMMANDS, INTERACTION, Ack.REPLY, OpenProposal.class);
        // THEN the proposal's id is the interaction's, the title stripped, the default vote length kept
        assertThat(open.proposalId()).isEqualTo(INTERACTION);
        assertThat(open.title()).isEqualTo("Movie night");
        assertThat(open.hours()).isEqualTo(24);
        assertThat(open.details()).isNull();
    }

    @Test
    @DisplayName("'/proposal' with hours outside 1-168, a blank or a 101-character title is refused, nothing sent")
    void refusals() {
        assertThat(refused(command.onSlash(slash("proposal", null, "title", Kind.STRING, "Vote",
                "hours", Kind.INTEGER, "0")))).contains("between 1 and 168 hours");
        assertThat(refused(command.onSlash(slash("proposal", null, "title", Kind.STRING, "Vote",
                "hours", Kind.INTEGER, "169")))).contains("between 1 and 168 hours");
        assertThat(refused(command.onSlash(slash("proposal", null, "title", Kind.STRING, "   "))))
                .contains("title of 1 to 100");
        assertThat(refused(command.onSlash(slash("proposal", null, "title", Kind.STRING, "x".repeat(101)))))
                .contains("title of 1 to 100");
    }
}
