package community.platform.raid.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlotPolicyTest {

    static Vote vote(long member, List<Integer> days, List<Integer> times) {
        return new Vote(member, "m" + member, days, times);
    }

    @Test
    @DisplayName("GIVEN members' days and times WHEN the best slot is asked THEN the day and time most can make both of; ties go to the earlier option")
    void bestSlot() {
        List<Vote> votes = List.of(vote(1, List.of(0, 1), List.of(1)), vote(2, List.of(1), List.of(0, 1)),
                vote(3, List.of(1), List.of(1)), vote(4, List.of(0), List.of(0)));
        assertThat(SlotPolicy.best(2, 2, votes)).contains(new SlotPolicy.Slot(1, 1, 3));
        assertThat(SlotPolicy.best(2, 2, List.of(vote(1, List.of(0, 1), List.of(0, 1)))))
                .contains(new SlotPolicy.Slot(0, 0, 1));
    }

    @Test
    @DisplayName("GIVEN nobody voted a day and a time WHEN the best slot is asked THEN there is none; a partial vote is not full")
    void none() {
        assertThat(SlotPolicy.best(3, 2, List.of())).isEmpty();
        assertThat(SlotPolicy.best(3, 2, List.of(vote(1, List.of(0), List.of())))).isEmpty();
        assertThat(vote(1, List.of(0), List.of()).full()).isFalse();
        assertThat(vote(1, List.of(0), List.of(1)).full()).isTrue();
    }
}
