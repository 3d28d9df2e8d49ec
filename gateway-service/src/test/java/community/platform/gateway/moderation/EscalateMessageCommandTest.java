package community.platform.gateway.moderation;

import static community.platform.gateway.interaction.TestCalls.INTERACTION;
import static community.platform.gateway.interaction.TestCalls.MESSAGE;
import static community.platform.gateway.interaction.TestCalls.OTHER;
import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.moderation.OpenEscalation;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalateMessageCommandTest {

    final EscalateMessageCommand command = new EscalateMessageCommand();

    @Test
    @DisplayName("the message command 'Escalate' escalates the message's author and reports the message")
    void escalatesTheAuthor() {
        OpenEscalation open = sent(command.onMessage(new Calls.OnMessage("Escalate", MESSAGE, OTHER, false,
                caller())), Topics.MODERATION_COMMANDS, INTERACTION, Ack.REPLY, OpenEscalation.class);
        assertThat(open).extracting(OpenEscalation::memberId, OpenEscalation::messageId, OpenEscalation::reason)
                .containsExactly(OTHER, MESSAGE, null);
        assertThat(command.messageCommands()).extracting(c -> c.getName()).containsExactly("Escalate");
    }

    @Test
    @DisplayName("a message of a bot or of Discord cannot be escalated")
    void botsRefused() {
        assertThat(refused(command.onMessage(new Calls.OnMessage("Escalate", MESSAGE, OTHER, true, caller()))))
                .contains("cannot be escalated");
    }
}
