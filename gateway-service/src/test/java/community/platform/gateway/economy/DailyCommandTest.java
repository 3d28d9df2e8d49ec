package community.platform.gateway.economy;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.MEMBER;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.economy.ClaimDaily;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DailyCommandTest {

    @Test
    @DisplayName("'/daily' claims for the member, keyed by the member so their claims are decided one after another")
    void claims() {
        // GIVEN /daily  WHEN translated  THEN ClaimDaily on economy.commands under <guild>:<member>, a public reply
        ClaimDaily claim = sent(new DailyCommand().onSlash(slash("daily", null)), Topics.ECONOMY_COMMANDS,
                GUILD + ":" + MEMBER, Ack.REPLY, ClaimDaily.class);
        assertThat(claim.guildId()).isEqualTo(GUILD);
        assertThat(claim.interaction().userId()).isEqualTo(MEMBER);
    }
}
