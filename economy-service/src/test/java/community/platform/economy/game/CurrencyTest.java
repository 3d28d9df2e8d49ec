package community.platform.economy.game;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.economy.game.GameRules.Currency;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CurrencyTest {

    @Test
    @DisplayName("GIVEN amounts of every length and sign WHEN grouped THEN they read as String.format(\"%,d\") in English")
    void groupsLikeEnglishFormatting() {
        long[] amounts = {0, 7, -7, 999, -999, 1_000, -1_000, 12_345, 123_456, 1_234_567, -1_234_567, 999_999_999,
                Long.MAX_VALUE, Long.MIN_VALUE};
        for (long amount : amounts) {
            assertThat(Currency.grouped(amount)).as("%d", amount)
                    .isEqualTo(String.format(Locale.ENGLISH, "%,d", amount));
        }
    }

    @Test
    @DisplayName("GIVEN a currency WHEN an amount is formatted THEN its emoji, the grouped amount and its name")
    void formatsWithEmojiAndName() {
        assertThat(new Currency("gold", "Gold", "🪙").format(12_500)).isEqualTo("🪙 12,500 Gold");
    }
}
