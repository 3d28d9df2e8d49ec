package community.platform.voting.wish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WishRulesTest {

    @Test
    @DisplayName("GIVEN a guild's human members and a percentage WHEN the votes a channel wish needs are asked THEN the share rounded up, at least one; unknown while never listed")
    void needed() {
        assertThat(WishRules.needed(Optional.of(30), 67)).contains(21);
        assertThat(WishRules.needed(Optional.of(10), 67)).contains(7);
        assertThat(WishRules.needed(Optional.of(3), 10)).contains(1);
        assertThat(WishRules.needed(Optional.of(100), 100)).contains(100);
        assertThat(WishRules.needed(Optional.empty(), 67)).isEmpty();
        assertThat(WishRules.needed(Optional.of(0), 67)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a wish's text WHEN its channel is named THEN Discord's form: lower case, accents dropped, words joined by dashes, at most 100; wish-<n> when nothing is left")
    void channelNames() {
        assertThat(WishRules.channelName("Speedrunning Routes!", 3)).isEqualTo("speedrunning-routes");
        assertThat(WishRules.channelName("  Café & Crêpes ", 3)).isEqualTo("cafe-crepes");
        assertThat(WishRules.channelName("🌟🌟", 9)).isEqualTo("wish-9");
        assertThat(WishRules.channelName("a ".repeat(80), 1)).hasSizeLessThanOrEqualTo(100).doesNotEndWith("-");
    }

    @Test
    @DisplayName("GIVEN a guild's categories WHEN a member types one THEN matched without regard to case and spaces; another is none")
    void categories() {
        List<String> categories = List.of("videos", "other", "channels");
        assertThat(WishRules.category(categories, " Videos ")).contains("videos");
        assertThat(WishRules.category(categories, "music")).isEmpty();
        assertThat(WishRules.category(categories, null)).isEmpty();
    }
}
