package community.platform.contracts.raid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RaidOptionsTest {

    /** A Tuesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    @DisplayName("a weekday names the next such day from the planning day on, that day included")
    void weekdays() {
        assertThat(RaidOptions.day("Fri", TODAY)).contains(LocalDate.of(2026, 12, 4));
        assertThat(RaidOptions.day("saturday", TODAY)).contains(LocalDate.of(2026, 12, 5));
        assertThat(RaidOptions.day("Tue", TODAY)).contains(TODAY);
        assertThat(RaidOptions.day("Mon.", TODAY)).contains(LocalDate.of(2026, 12, 7));
    }

    @Test
    @DisplayName("a date without a year is the next such date; with a weekday the date counts")
    void dates() {
        assertThat(RaidOptions.day("2026-12-24", TODAY)).contains(LocalDate.of(2026, 12, 24));
        assertThat(RaidOptions.day("5.12.", TODAY)).contains(LocalDate.of(2026, 12, 5));
        assertThat(RaidOptions.day("3.1.", TODAY)).contains(LocalDate.of(2027, 1, 3));
        assertThat(RaidOptions.day("12/5", TODAY)).contains(LocalDate.of(2026, 12, 5));
        assertThat(RaidOptions.day("Sat 12.12.", TODAY)).contains(LocalDate.of(2026, 12, 12));
        assertThat(RaidOptions.day("5.12.2027", TODAY)).contains(LocalDate.of(2027, 12, 5));
    }

    @Test
    @DisplayName("what names no day is refused: free words, impossible dates")
    void notDays() {
        assertThat(RaidOptions.day("weekend", TODAY)).isEmpty();
        assertThat(RaidOptions.day("31.2.", TODAY)).isEmpty();
        assertThat(RaidOptions.day("2026-13-01", TODAY)).isEmpty();
        assertThat(RaidOptions.day("f", TODAY)).isEmpty();
    }

    @Test
    @DisplayName("times: 24-hour clock or am/pm; a bare number or an impossible time is refused")
    void times() {
        assertThat(RaidOptions.time("19:00")).contains(LocalTime.of(19, 0));
        assertThat(RaidOptions.time("7:30")).contains(LocalTime.of(7, 30));
        assertThat(RaidOptions.time("9pm")).contains(LocalTime.of(21, 0));
        assertThat(RaidOptions.time("12 am")).contains(LocalTime.MIDNIGHT);
        assertThat(RaidOptions.time("9:30 PM")).contains(LocalTime.of(21, 30));
        assertThat(RaidOptions.time("19")).isEmpty();
        assertThat(RaidOptions.time("24:00")).isEmpty();
        assertThat(RaidOptions.time("13pm")).isEmpty();
        assertThat(RaidOptions.time("evening")).isEmpty();
    }
}
