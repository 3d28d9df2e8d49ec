package community.platform.gateway.moderation;

import static community.platform.gateway.interaction.TestCalls.INTERACTION;
import static community.platform.gateway.interaction.TestCalls.MEMBER;
import static community.platform.gateway.interaction.TestCalls.MESSAGE;
import static community.platform.gateway.interaction.TestCalls.OTHER;
import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.Topics;
import community.platform.contracts.moderation.OpenEscalation;
import community.platform.gateway.interaction.Options.BadOption;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalateCommandTest {

    final EscalateCommand command = new EscalateCommand();

    @Test
    @DisplayName("'/escalate member reason message' opens an escalation named after the interaction, carrying who asked and their permissions")
    void opens() {
        long perms = Permission.MODERATE_MEMBERS.getRawValue();
        OpenEscalation open = sent(command.onSlash(slash("escalate", null, caller(perms), "member", Kind.USER, OTHER,
                "reason", Kind.STRING, " spam ", "message", Kind.STRING, MESSAGE)), Topics.MODERATION_COMMANDS,
                INTERACTION, Ack.REPLY, OpenEscalation.class);
        assertThat(open).extracting(OpenEscalation::escalationId, OpenEscalation::memberId, OpenEscalation::messageId,
                OpenEscalation::reason).containsExactly(INTERACTION, OTHER, MESSAGE, "spam");
        assertThat(open.moderator().userId()).isEqualTo(MEMBER);
        assertThat(open.moderator().has(perms)).isTrue();
    }

    @Test
    @DisplayName("an escalation without a member, or with a message id that is not digits, is refused")
    void refusals() {
        assertThat(refused(command.onSlash(slash("escalate", null)))).contains("member must be a member");
        assertThatThrownBy(() -> command.onSlash(slash("escalate", null, "member", Kind.USER, OTHER,
                "message", Kind.STRING, "https://discord.com/x"))).isInstanceOf(BadOption.class)
                .hasMessageContaining("message may have at most 20 characters");
        assertThatThrownBy(() -> command.onSlash(slash("escalate", null, "member", Kind.USER, OTHER,
                "message", Kind.STRING, "12ab"))).isInstanceOf(BadOption.class)
                .hasMessage("message must be an id (digits).");
    }
}
