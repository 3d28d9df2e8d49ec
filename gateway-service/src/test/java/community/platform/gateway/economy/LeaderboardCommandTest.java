package community.platform.gateway.economy;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.MEMBER;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.ShowEconomy.View;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeaderboardCommandTest {

    @Test
    @DisplayName("'/leaderboard' asks for the server's ranking, as the member sees it")
    void translates() {
        assertThat(sent(new LeaderboardCommand().onSlash(slash("leaderboard", null)), Topics.ECONOMY_COMMANDS,
                GUILD + ":" + MEMBER, Ack.REPLY, ShowEconomy.class).view()).isEqualTo(View.LEADERBOARD);
    }
}
