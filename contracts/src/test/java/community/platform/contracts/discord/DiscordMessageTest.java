package community.platform.contracts.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordMessageTest {

    @Test
    @DisplayName("GIVEN a text longer than Discord's 2,000 characters WHEN cut THEN it keeps 1,999 and ends with an ellipsis; a text that fits is kept whole")
    void cutTextFitsDiscordsLimit() {
        // GIVEN a text one character too long, and one exactly at the limit
        String tooLong = "x".repeat(DiscordMessage.CONTENT_MAX + 1);
        String fits = "y".repeat(DiscordMessage.CONTENT_MAX);
        // WHEN cut
        String cut = DiscordMessage.cutText(tooLong).content();
        // THEN the long one is cut to the limit with its end marked, the other kept as it is
        assertThat(cut).hasSize(DiscordMessage.CONTENT_MAX).endsWith("x…");
        assertThat(DiscordMessage.cutText(fits).content()).isEqualTo(fits);
    }
}
