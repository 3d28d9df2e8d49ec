package community.platform.gateway.settings;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.Topics;
import community.platform.contracts.gateway.SetLogChannel;
import community.platform.gateway.interaction.Options;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BotLogCommandTest {

    final BotLogCommand command = new BotLogCommand();
    final long manager = Permission.MANAGE_SERVER.getRawValue();

    @Test
    @DisplayName("GIVEN a member who may manage the server WHEN '/bot-log #mod-log' THEN the guild's log channel is set, keyed by the guild")
    void setsTheChannel() {
        SetLogChannel set = sent(command.onSlash(slash("bot-log", null, caller(manager), "channel", Kind.CHANNEL,
                "1300000000000000150")), Topics.GATEWAY_COMMANDS, GUILD, Ack.EPHEMERAL_REPLY, SetLogChannel.class);
        assertThat(set.channelId()).isEqualTo("1300000000000000150");
        assertThat(set.guildId()).isEqualTo(GUILD);
    }

    @Test
    @DisplayName("GIVEN no channel WHEN '/bot-log' THEN the notices stop (channel null)")
    void clears() {
        SetLogChannel set = sent(command.onSlash(slash("bot-log", null, caller(manager))), Topics.GATEWAY_COMMANDS,
                GUILD, Ack.EPHEMERAL_REPLY, SetLogChannel.class);
        assertThat(set.channelId()).isNull();
    }

    @Test
    @DisplayName("GIVEN a member without Manage Server, or a forged channel value WHEN '/bot-log' THEN it is refused")
    void refusals() {
        assertThat(refused(command.onSlash(slash("bot-log", null, caller(0), "channel", Kind.CHANNEL, "1"))))
                .contains("manage the server");
        assertThatThrownBy(() -> command.onSlash(slash("bot-log", null, caller(manager), "channel", Kind.STRING,
                "general"))).isInstanceOf(Options.BadOption.class);
    }
}
