package community.platform.gateway.moderation;

import static community.platform.gateway.interaction.TestCalls.INTERACTION;
import static community.platform.gateway.interaction.TestCalls.MESSAGE;
import static community.platform.gateway.interaction.TestCalls.OTHER;
import static community.platform.gateway.interaction.TestCalls.click;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.CustomId;
import community.platform.contracts.moderation.OpenEscalation;
import community.platform.contracts.moderation.ids.EscalateId;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalateButtonsTest {

    final EscalateButtons buttons = new EscalateButtons();

    @Test
    @DisplayName("a report's Escalate button opens a new escalation of the member (and message) it names")
    void opens() {
        OpenEscalation open = sent(buttons.onComponent(click(new EscalateId(OTHER, MESSAGE).format())),
                Topics.MODERATION_COMMANDS, INTERACTION, Ack.REPLY, OpenEscalation.class);
        assertThat(open).extracting(OpenEscalation::memberId, OpenEscalation::messageId)
                .containsExactly(OTHER, MESSAGE);
        assertThat(sent(buttons.onComponent(click(new EscalateId(OTHER, null).format())), Topics.MODERATION_COMMANDS,
                INTERACTION, Ack.REPLY, OpenEscalation.class).messageId()).isNull();
    }

    @Test
    @DisplayName("an Escalate id with a member or message that is not an id is refused")
    void refusals() {
        for (String id : new String[] {"moderation:escalate:bob:-", "moderation:escalate:" + OTHER + ":link",
                "moderation:escalate:" + OTHER}) {
            assertThat(refused(buttons.onComponent(click(id)))).as(id).isEqualTo(CustomId.NOT_RECOGNISED);
        }
    }
}
