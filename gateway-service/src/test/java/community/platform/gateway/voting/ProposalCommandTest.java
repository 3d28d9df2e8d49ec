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
    @DisplayName("'/proposal title' opens a Yes/No proposal named after the interaction, keyed by it, for as long as the constitution says")
    void opens() {
        // GIVEN a member's /proposal with a title
        // WHEN it is translated
        OpenProposal open = sent(command.onSlash(slash("proposal", null, "title", Kind.STRING, "  Movie night  ")),
                Topics.VOTING_COMMANDS, INTERACTION, Ack.REPLY, OpenProposal.class);
        // THEN the proposal's id is the interaction's, the title stripped, no hours (the constitution's default)
        assertThat(open.proposalId()).isEqualTo(INTERACTION);
        assertThat(open.title()).isEqualTo("Movie night");
        assertThat(open.hours()).isNull();
        assertThat(open.details()).isNull();
        assertThat(open.optionsOrDefault()).containsExactly("Yes", "No");
        assertThat(open.method()).isEqualTo("PLURALITY");
    }

    @Test
    @DisplayName("options separated by ';' are stripped and kept in order, with the method and a score vote's highest score")
    void optionsAndMethod() {
        OpenProposal ranked = sent(command.onSlash(slash("proposal", null, "title", Kind.STRING, "Dungeon",
                        "options", Kind.STRING, " Ember Vault ;Frost Keep;; Sunken Temple ", "method", Kind.STRING,
                        "ranked")), Topics.VOTING_COMMANDS, INTERACTION, Ack.REPLY, OpenProposal.class);
        assertThat(ranked.options()).containsExactly("Ember Vault", "Frost Keep", "Sunken Temple");
        assertThat(ranked.method()).isEqualTo("RANKED");
        OpenProposal score = sent(command.onSlash(slash("proposal", null, "title", Kind.STRING, "Rate",
                        "options", Kind.STRING, "Quiz;Movie", "method", Kind.STRING, "score",
                        "max_score", Kind.INTEGER, "10")), Topics.VOTING_COMMANDS, INTERACTION, Ack.REPLY,
                OpenProposal.class);
        assertThat(score.maxScore()).isEqualTo(10);
    }

    @Test
    @DisplayName("one option, 26, a repeated or 56-character option, an unknown method, a score vote of 5 options are refused")
    void optionRefusals() {
        String many = String.join(";", java.util.stream.IntStream.rangeClosed(1, 26).mapToObj(i -> "o" + i).toList());
        assertThat(refused(command.onSlash(slash("proposal", null, "title", Kind.STRING, "V", "options",
                Kind.STRING, "Only")))).contains("2 to 25 options");
        assertThat(refused(command.onSlash(slash("proposal", null, "title", Kind.STRING, "V", "options",
                Kind.STRING, many)))).contains("2 to 25 options");
        assertThat(refused(command.onSlash(slash("proposal", null, "title", Kind.STRING, "V", "options",
                Kind.STRING, "Pizza;pizza")))).contains("different");
        assertThat(refused(command.onSlash(slash("proposal", null, "title", Kind.STRING, "V", "options",
                Kind.STRING, "a;" + "b".repeat(56))))).contains("at most 55");
        assertThat(refused(command.onSlash(slash("proposal", null, "title", Kind.STRING, "V", "method",
                Kind.STRING, "borda")))).contains("plurality, approval, ranked, score");
        assertThat(refused(command.onSlash(slash("proposal", null, "title", Kind.STRING, "V", "options",
                Kind.STRING, "a;b;c;d;e", "method", Kind.STRING, "score")))).contains("at most 4 options");
        assertThat(refused(command.onSlash(slash("proposal", null, "title", Kind.STRING, "V", "max_score",
                Kind.INTEGER, "3")))).contains("for score votes");
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
