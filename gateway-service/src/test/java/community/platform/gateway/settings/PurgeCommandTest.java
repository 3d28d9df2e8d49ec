package community.platform.gateway.settings;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.PurgeMessages;
import community.platform.gateway.interaction.Options;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PurgeCommandTest {

    static final long MANAGE_MESSAGES = 1L << 13;
    static final String CHANNEL = "1300000000000000100";

    final PurgeCommand purge = new PurgeCommand();

    @Test
    @DisplayName("GIVEN a member who may manage messages WHEN /purge 30 or /purgebot THEN the gateway asks itself for the bulk delete of that channel, keyed by it, answered privately")
    void purges() {
        PurgeMessages latest = sent(purge.onSlash(slash("purge", null, caller(MANAGE_MESSAGES), "count", Kind.INTEGER,
                "30")), Topics.DISCORD_ACTIONS, CHANNEL, Ack.EPHEMERAL_REPLY, PurgeMessages.class);
        assertThat(latest.count()).isEqualTo(30);
        assertThat(latest.botOnly()).isFalse();
        assertThat(latest.guildId()).isEqualTo(GUILD);
        PurgeMessages bot = sent(purge.onSlash(slash("purgebot", null, caller(MANAGE_MESSAGES))),
                Topics.DISCORD_ACTIONS, CHANNEL, Ack.EPHEMERAL_REPLY, PurgeMessages.class);
        assertThat(bot.botOnly()).isTrue();
        assertThat(bot.count()).isEqualTo(PurgeMessages.MAX);
    }

    @Test
    @DisplayName("GIVEN a member without Manage Messages, or a count over Discord's 100 WHEN /purge THEN refused with the reason (a bad option is answered by the intake)")
    void refusals() {
        assertThat(refused(purge.onSlash(slash("purge", null, caller(0), "count", Kind.INTEGER, "5"))))
                .contains("manage messages");
        assertThatThrownBy(() -> purge.onSlash(slash("purge", null, caller(MANAGE_MESSAGES), "count", Kind.INTEGER,
                "500"))).isInstanceOf(Options.BadOption.class).hasMessageContaining("between 1 and 100");
    }
}
