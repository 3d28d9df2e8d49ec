package community.platform.gateway.economy;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.MEMBER;
import static community.platform.gateway.interaction.TestCalls.OTHER;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.ShowEconomy.View;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProfileCommandTest {

    @Test
    @DisplayName("'/profile' shows the member's own profile; '/profile member' another's, keyed by whose it is")
    void translates() {
        assertThat(sent(new ProfileCommand().onSlash(slash("profile", null)), Topics.ECONOMY_COMMANDS,
                GUILD + ":" + MEMBER, Ack.REPLY, ShowEconomy.class))
                .extracting(ShowEconomy::view, ShowEconomy::memberId).containsExactly(View.PROFILE, MEMBER);
        assertThat(sent(new ProfileCommand().onSlash(slash("profile", null, "member", Kind.USER, OTHER)),
                Topics.ECONOMY_COMMANDS, GUILD + ":" + OTHER, Ack.REPLY, ShowEconomy.class).memberId())
                .isEqualTo(OTHER);
    }
}
