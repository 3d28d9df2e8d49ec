package community.platform.gateway.voting;

import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.click;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.InvestTokens;
import community.platform.contracts.voting.ids.InvestId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvestButtonsTest {

    final InvestButtons buttons = new InvestButtons();
    final InvestId scenario = new InvestId("555");

    Calls.Form form(String tokens) {
        return new Calls.Form(scenario.formId(), Map.of(InvestId.TOKENS, tokens), caller());
    }

    @Test
    @DisplayName("'Invest tokens' opens the scenario's form; it works in the bot's DMs")
    void opensTheForm() {
        Outcome outcome = buttons.onComponent(click(scenario.format()));
        assertThat(outcome).isInstanceOf(Outcome.OpenForm.class);
        assertThat(((Outcome.OpenForm) outcome).modal().getId()).isEqualTo("voting:investform:555");
        assertThat(buttons.acceptsDirect()).isTrue();
    }

    @Test
    @DisplayName("the form's tokens become InvestTokens keyed by the scenario, answered to the member alone")
    void invests() {
        InvestTokens invest = sent(buttons.onForm(form(" 7 ")), Topics.VOTING_COMMANDS, "555", Ack.EPHEMERAL_REPLY,
                InvestTokens.class);
        assertThat(invest.tokens()).isEqualTo(7);
        assertThat(invest.scenarioId()).isEqualTo("555");
    }

    @Test
    @DisplayName("tokens that are not a whole number, 0, negative or too many are refused, nothing sent")
    void refusals() {
        assertThat(refused(buttons.onForm(form("seven")))).contains("whole number");
        assertThat(refused(buttons.onForm(form("0")))).contains("Invest 1 to");
        assertThat(refused(buttons.onForm(form("-3")))).contains("Invest 1 to");
        assertThat(refused(buttons.onForm(form("99999999")))).contains("Invest 1 to");
        assertThat(refused(buttons.onForm(new Calls.Form("voting:investform:abc", Map.of(), caller()))))
                .contains("not available");
    }
}
