package community.platform.gateway.moderation;

import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.click;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.moderation.TakeModAction;
import community.platform.contracts.moderation.ids.ModActionId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModActionButtonsTest {

    final ModActionButtons buttons = new ModActionButtons();
    final ModActionId ban = new ModActionId("4242", "BAN");

    Calls.Form form(ModActionId id, String reason) {
        return new Calls.Form(id.formId(), Map.of(ModActionId.REASON, reason), caller());
    }

    @Test
    @DisplayName("GIVEN a report's Ban now button WHEN clicked THEN a form asks for the reason, its id naming the escalation and the action")
    void opensTheReasonForm() {
        Outcome outcome = buttons.onComponent(click(ban.format()));
        assertThat(outcome).isInstanceOf(Outcome.OpenForm.class);
        assertThat(((Outcome.OpenForm) outcome).modal().getId()).isEqualTo("moderation:actform:4242:ban");
        assertThat(((Outcome.OpenForm) outcome).modal().getTitle()).isEqualTo("Ban the member now");
    }

    @Test
    @DisplayName("GIVEN the reason form submitted WHEN translated THEN TakeModAction keyed by the escalation, the report's message updated")
    void takesTheAction() {
        TakeModAction take = sent(buttons.onForm(form(new ModActionId("4242", "delete_message"), "  spam links ")),
                Topics.MODERATION_COMMANDS, "4242", Ack.UPDATE, TakeModAction.class);
        assertThat(take.action()).isEqualTo("DELETE_MESSAGE");
        assertThat(take.reason()).isEqualTo("spam links");
        assertThat(take.escalationId()).isEqualTo("4242");
        assertThat(take.moderator().userId()).isEqualTo(take.interaction().userId());
    }

    @Test
    @DisplayName("GIVEN no reason, an unknown action or a forged form id WHEN submitted THEN refused, nothing sent")
    void refusals() {
        assertThat(refused(buttons.onForm(form(ban, "   ")))).contains("reason");
        assertThat(refused(buttons.onForm(new Calls.Form("moderation:actform:4242:mute", Map.of(), caller()))))
                .contains("not available");
        assertThat(refused(buttons.onComponent(click("moderation:act:abc:ban")))).isNotBlank();
    }
}
