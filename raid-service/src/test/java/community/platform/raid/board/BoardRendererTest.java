package community.platform.raid.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BoardRendererTest {

    @Test
    @DisplayName("GIVEN more lines than an embed holds WHEN fitted THEN the description stays within Discord's 4096 characters and says how many more")
    void fits() {
        List<String> lines = IntStream.range(0, 500).mapToObj(i -> "member-" + i + " — " + i + " raids").toList();
        String shown = BoardRenderer.fit(lines);
        assertThat(shown.length()).isLessThanOrEqualTo(BoardRenderer.DESCRIPTION_MAX);
        int listed = (int) shown.lines().filter(l -> l.startsWith("member-")).count();
        assertThat(shown).endsWith("… and " + (500 - listed) + " more");
    }

    @Test
    @DisplayName("GIVEN no open raids and an empty roster WHEN rendered THEN each says so and how to start")
    void empty() {
        assertThat(BoardRenderer.list(List.of()).embeds().get(0).description()).contains("/raidplan");
        assertThat(BoardRenderer.roster(List.of()).embeds().get(0).title()).isEqualTo("👥 Roster (0)");
    }
}
