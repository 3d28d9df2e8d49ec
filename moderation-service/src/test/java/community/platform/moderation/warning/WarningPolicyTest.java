package community.platform.moderation.warning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WarningPolicyTest {

    @Test
    @DisplayName("the N-th warning within the window escalates, unless one is open already or the setting is 0")
    void escalates() {
        // GIVEN warnings-to-escalate 3
        assertThat(WarningPolicy.escalates(3, 2, false)).isFalse();
        assertThat(WarningPolicy.escalates(3, 3, false)).isTrue();
        assertThat(WarningPolicy.escalates(3, 4, false)).isTrue();
        assertThat(WarningPolicy.escalates(3, 3, true)).as("an escalation is open").isFalse();
        // GIVEN the setting off
        assertThat(WarningPolicy.escalates(0, 10, false)).isFalse();
    }

    @Test
    @DisplayName("the automatic escalation's id follows from the warning's: handling a warning again opens the same one")
    void automaticId() {
        long id = WarningPolicy.automaticEscalationId(42);
        assertThat(id).isEqualTo(WarningPolicy.automaticEscalationId(42)).isNotEqualTo(
                WarningPolicy.automaticEscalationId(43)).isPositive();
        assertThat(WarningPolicy.reason(3, 30)).isEqualTo("3 warnings within 30 days");
    }
}
