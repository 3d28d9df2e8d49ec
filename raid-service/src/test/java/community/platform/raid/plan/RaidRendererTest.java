package community.platform.raid.plan;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.discord.DiscordMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RaidRendererTest {

    static final Raid OPEN = new Raid(1, 2, 3, null, UUID.randomUUID(), 4, "Lea", "Frost Keep",
            List.of("Fri", "Sat"), List.of("19:00", "21:00"), 8, "Bring potions", Raid.Status.OPEN, Instant.EPOCH, 3,
            List.of(java.time.LocalDate.of(2026, 12, 4), java.time.LocalDate.of(2026, 12, 5)),
            List.of(java.time.LocalTime.of(19, 0), java.time.LocalTime.of(21, 0)), java.time.ZoneId.of("UTC"),
            Instant.parse("2026-12-05T21:00:00Z"), null, null);

    @Test
    @DisplayName("GIVEN an open raid with full and partial votes WHEN rendered THEN only the fully voted are listed, by name, with counts, the best slot, two selects of every option and Finish / Cancel")
    void open() {
        DiscordMessage m = RaidRenderer.raid(OPEN, List.of(new Vote(10, "Ann", List.of(0, 1), List.of(1)),
                new Vote(11, "Ben", List.of(1), List.of()), new Vote(12, "Cid", List.of(1), List.of(1))));
        var fields = m.embeds().get(0).fields();
        assertThat(fields).extracting(DiscordMessage.Field::name).containsExactly("Days", "Times", "Best slot",
                "Voted (2)");
        assertThat(fields.get(0).value()).isEqualTo("Fri: 1\nSat: 2");
        assertThat(fields.get(2).value()).isEqualTo("Sat 21:00 (2 of 2)");
        assertThat(fields.get(3).value()).isEqualTo("Ann, Cid");
        assertThat(m.selects()).extracting(DiscordMessage.Select::customId).containsExactly("raid:vote:1:day",
                "raid:vote:1:time");
        assertThat(m.selects().get(0).minValues()).isZero();
        assertThat(m.selects().get(0).maxValues()).isEqualTo(2);
        assertThat(m.rows().get(0)).extracting(DiscordMessage.Button::label).containsExactly("Finish", "Cancel");
    }

    @Test
    @DisplayName("GIVEN a finished raid WHEN rendered THEN it says so and has no components; a long list of names is cut with how many more")
    void finishedAndLong() {
        Raid done = new Raid(1, 2, 3, 9L, OPEN.replyAction(), 4, null, "Frost Keep", OPEN.days(), OPEN.times(), 8,
                null, Raid.Status.FINISHED, Instant.EPOCH, 3, OPEN.slotDates(), OPEN.slotTimes(), OPEN.zone(),
                OPEN.lastSlotAt(), null, null);
        List<Vote> many = java.util.stream.LongStream.range(0, 300).mapToObj(i -> new Vote(i, "member-number-" + i,
                List.of(0), List.of(0))).toList();
        DiscordMessage m = RaidRenderer.raid(done, many);
        assertThat(m.selects()).isEmpty();
        assertThat(m.rows()).isEmpty();
        assertThat(m.embeds().get(0).description()).contains("Finished: 300 present");
        String names = m.embeds().get(0).fields().get(3).value();
        assertThat(names.length()).isLessThanOrEqualTo(RaidRenderer.NAMES_MAX);
        assertThat(names).endsWith(" more");
    }
}
