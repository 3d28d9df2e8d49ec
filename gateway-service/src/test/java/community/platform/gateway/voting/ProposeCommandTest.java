package community.platform.gateway.voting;

import static community.platform.gateway.interaction.TestCalls.INTERACTION;
import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.OpenProposal;
import community.platform.contracts.voting.ids.ProposalFormId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProposeCommandTest {

    final ProposeCommand command = new ProposeCommand();

    Calls.Form form(String id, String title, String details, String hours) {
        java.util.HashMap<String, String> fields = new java.util.HashMap<>();
        fields.put(ProposalFormId.TITLE, title);
        fields.put(ProposalFormId.DETAILS, details);
        fields.put(ProposalFormId.HOURS, hours);
        return new Calls.Form(id, fields, caller());
    }

    @Test
    @DisplayName("'/propose' opens the proposal form, whose id the command reads back")
    void opensTheForm() {
        // GIVEN /propose  WHEN translated  THEN a form with the proposal form's id opens, nothing is sent
        Outcome outcome = command.onSlash(slash("propose", null));
        assertThat(outcome).isInstanceOf(Outcome.OpenForm.class);
        assertThat(((Outcome.OpenForm) outcome).modal().getId()).isEqualTo(new ProposalFormId().format());
        assertThat(command.customIdPrefixes()).containsExactly(ProposalFormId.PREFIX);
    }

    @Test
    @DisplayName("the submitted form opens the proposal with its details and hours, as /proposal does")
    void submission() {
        OpenProposal open = sent(command.onForm(form(new ProposalFormId().format(), "Budget", "  Spend 10 tokens ",
                "48")), Topics.VOTING_COMMANDS, INTERACTION, Ack.REPLY, OpenProposal.class);
        assertThat(open.title()).isEqualTo("Budget");
        assertThat(open.details()).isEqualTo("Spend 10 tokens");
        assertThat(open.hours()).isEqualTo(48);
        assertThat(sent(command.onForm(form(new ProposalFormId().format(), "Budget", "  ", "1")),
                Topics.VOTING_COMMANDS, INTERACTION, Ack.REPLY, OpenProposal.class).details()).isNull();
        assertThat(sent(command.onForm(form(new ProposalFormId().format(), "Budget", null, " ")),
                Topics.VOTING_COMMANDS, INTERACTION, Ack.REPLY, OpenProposal.class).hours())
                .as("no hours: the constitution's default").isNull();
    }

    @Test
    @DisplayName("the form's options are one per line, blank lines skipped")
    void optionsPerLine() {
        Calls.Form f = form(new ProposalFormId().format(), "Snacks", null, "24");
        java.util.HashMap<String, String> fields = new java.util.HashMap<>(f.fields());
        fields.put(ProposalFormId.OPTIONS, "Chips; salted\r\n\nPretzels\nFruit");
        OpenProposal open = sent(command.onForm(new Calls.Form(f.formId(), fields, f.caller())),
                Topics.VOTING_COMMANDS, INTERACTION, Ack.REPLY, OpenProposal.class);
        assertThat(open.options()).containsExactly("Chips; salted", "Pretzels", "Fruit");
    }

    @Test
    @DisplayName("a form with hours that are not a number, out of range, or another form's id is refused")
    void refusals() {
        assertThat(refused(command.onForm(form(new ProposalFormId().format(), "Budget", null, "soon"))))
                .contains("whole number");
        assertThat(refused(command.onForm(form(new ProposalFormId().format(), "Budget", null, "500"))))
                .contains("between 1 and 168");
        assertThat(refused(command.onForm(form("voting:other-form", "Budget", null, "24"))))
                .contains("not available");
    }
}
