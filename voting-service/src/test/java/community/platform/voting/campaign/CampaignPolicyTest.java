package community.platform.voting.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CampaignPolicyTest {

    /** A campaign of three stages, {@code stage} run so far, open or not. */
    static Campaign campaign(int stage, boolean open) {
        return new Campaign(1, 2, 4, 3, "Autumn league", 3, 24, 10, true, 5, stage, open,
                open ? Instant.parse("2026-11-30T10:00:00Z") : null);
    }

    static Scenario scenario(int stage, boolean approved) {
        return new Scenario(9, 1, 2, stage, "Boss rush", null, 5, approved, null, null);
    }

    @Test
    @DisplayName("GIVEN stage 1 running WHEN a scenario is submitted THEN for stages 2 and 3 it may, for 1 (started) or 4 (none) it may not")
    void submit() {
        Campaign c = campaign(1, true);
        assertThat(CampaignPolicy.submit(c, 2)).isNull();
        assertThat(CampaignPolicy.submit(c, 3)).isNull();
        assertThat(CampaignPolicy.submit(c, 1)).contains("Stage 1 of Campaign #4 has already started");
        assertThat(CampaignPolicy.submit(c, 4)).contains("has stages 1 to 3");
    }

    @Test
    @DisplayName("GIVEN a waiting scenario WHEN approved THEN it may until its stage starts; an approved one is not approved twice")
    void approve() {
        assertThat(CampaignPolicy.approve(campaign(1, false), scenario(2, false))).isNull();
        assertThat(CampaignPolicy.approve(campaign(2, true), scenario(2, false))).contains("has already started");
        assertThat(CampaignPolicy.approve(campaign(0, false), scenario(1, true))).contains("already approved");
    }

    @Test
    @DisplayName("GIVEN a campaign WHEN the next stage starts THEN not while one is open, not past the last, not without approved scenarios")
    void start() {
        assertThat(CampaignPolicy.start(campaign(0, false), 2)).isNull();
        assertThat(CampaignPolicy.start(campaign(1, true), 2)).contains("Stage 1 of Campaign #4 is still open");
        assertThat(CampaignPolicy.start(campaign(3, false), 1)).contains("has run all its 3 stages");
        assertThat(CampaignPolicy.start(campaign(1, false), 0)).contains("Stage 2 of Campaign #4 has no approved");
    }

    @Test
    @DisplayName("GIVEN 3 tokens left WHEN 7 are asked THEN the member reads what is left and that nothing was invested")
    void overdraft() {
        assertThat(CampaignPolicy.overdraft(7, 3)).isEqualTo(
                "You have 3 tokens left; 7 would overdraw your budget, so nothing was invested.");
        assertThat(CampaignPolicy.overdraft(2, 1)).startsWith("You have 1 token left");
    }
}
