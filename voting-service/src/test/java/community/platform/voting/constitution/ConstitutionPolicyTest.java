package community.platform.voting.constitution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConstitutionPolicyTest {

    @Test
    @DisplayName("GIVEN the default constitution WHEN quorum is set to 30 (or '30 %') THEN it changes from 0, the threshold stays")
    void setsQuorum() {
        var changed = (ConstitutionPolicy.Change.Changed) ConstitutionPolicy.set(Constitution.DEFAULT, "quorum", "30 %");
        assertThat(changed.now()).isEqualTo(new Constitution(30, 50));
        assertThat(changed.previous()).isEqualTo("0");
        assertThat(changed.value()).isEqualTo("30");
    }

    @Test
    @DisplayName("GIVEN a value out of range, not a number, or an unknown variable WHEN set THEN refused naming the variable and its allowed range")
    void refusals() {
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "quorum", "120"))
                .reason()).contains("quorum is a whole percentage from 0 to 100", "'120'");
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "threshold",
                "40")).reason()).contains("threshold is a whole percentage from 50 to 100");
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "threshold",
                "most")).reason()).contains("'most' is not");
        assertThat(((ConstitutionPolicy.Change.Refused) ConstitutionPolicy.set(Constitution.DEFAULT, "veto", "1"))
                .reason()).contains("no variable 'veto'", "quorum, threshold");
    }
}
