package community.platform.voting.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.voting.constitution.Constitution;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClosePolicyTest {

    final Proposal p = new Proposal(1, 2, 3, 7, "Raid night", null, 100, Instant.EPOCH, Instant.EPOCH.plusSeconds(60),
            Choices.YES_NO, Constitution.DEFAULT, Secrecy.OPEN, false, null, null, null, null, null, null, null);

    @Test
    @DisplayName("GIVEN a proposal WHEN its proposer, an admin or a member who may manage the server closes it THEN they may; anyone else may not")
    void whoMayClose() {
        assertThat(ClosePolicy.mayClose(p, 100, 0)).isTrue();
        assertThat(ClosePolicy.mayClose(p, 200, ClosePolicy.MANAGE_SERVER)).isTrue();
        assertThat(ClosePolicy.mayClose(p, 200, ClosePolicy.ADMINISTRATOR)).isTrue();
        assertThat(ClosePolicy.mayClose(p, 200, 1L << 11)).isFalse();
    }
}
