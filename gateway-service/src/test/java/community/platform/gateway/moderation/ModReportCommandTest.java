package community.platform.gateway.moderation;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.OTHER;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.moderation.ShowModReport;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModReportCommandTest {

    @Test
    @DisplayName("'/modreport member' asks for the member's case history, privately, keyed by the member")
    void translates() {
        ShowModReport report = sent(new ModReportCommand().onSlash(slash("modreport", null, "member", Kind.USER,
                OTHER)), Topics.MODERATION_COMMANDS, GUILD + ":" + OTHER, Ack.EPHEMERAL_REPLY, ShowModReport.class);
        assertThat(report.memberId()).isEqualTo(OTHER);
    }

    @Test
    @DisplayName("'/modreport' without a member is refused")
    void refusals() {
        assertThat(refused(new ModReportCommand().onSlash(slash("modreport", null)))).contains("member must be");
    }
}
