package community.platform.moderation.report;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.moderation.escalation.EscalationHistory.Entry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModReportRendererTest {

    @Test
    @DisplayName("GIVEN votes with the names the moderators voted under (one without) WHEN the report is rendered THEN each vote reads by that name, a mention only where no name was kept")
    void namesAsVoted() {
        Map<Long, String> votes = new LinkedHashMap<>();
        votes.put(11L, "ban");
        votes.put(12L, "kick");
        Entry e = new Entry(7, Instant.parse("2026-11-20T10:00:00Z"), "spam", votes, Map.of(11L, "Mira"),
                "Ban (quorum of 2 reached). Banned.", Instant.parse("2026-11-21T10:00:00Z"), false, List.of());
        String shown = ModReportRenderer.render(99, List.of(e), null).embeds().get(0).description();
        assertThat(shown).contains("Votes: Mira ban, <@12> kick").contains("→ Ban (quorum of 2 reached). Banned.")
                .doesNotContain("case thread");
    }

    @Test
    @DisplayName("GIVEN a member with a case thread and an immediate action on a report WHEN the report is rendered THEN it links the thread and lists the action with who took it")
    void threadAndActions() {
        Entry e = new Entry(7, Instant.parse("2026-11-20T10:00:00Z"), "spam", Map.of(), Map.of(), null,
                Instant.parse("2026-11-21T10:00:00Z"), false, List.of("**Delete message** by Mira · spam → Reported"
                + " message deleted."));
        String shown = ModReportRenderer.render(99, List.of(e), 555L).embeds().get(0).description();
        assertThat(shown).contains("case thread: <#555>")
                .contains("⚡ **Delete message** by Mira · spam → Reported message deleted.");
    }
}
