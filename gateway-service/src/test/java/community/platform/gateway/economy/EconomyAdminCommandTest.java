package community.platform.gateway.economy;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.OTHER;
import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.economy.ChangeGameSettings;
import community.platform.contracts.economy.GrantCurrency;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.gateway.interaction.Caller;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EconomyAdminCommandTest {

    final EconomyAdminCommand command = new EconomyAdminCommand();
    final Caller admin = caller(Permission.MANAGE_SERVER.getRawValue());
    final String settings = GUILD + ":settings";

    @Test
    @DisplayName("an admin's show, set and reset go to the game data, keyed by the server's settings, answered privately")
    void gameData() {
        assertThat(sent(command.onSlash(slash("economy-admin", "show", admin, "section", Kind.STRING,
                "banners.premium")), Topics.ECONOMY_COMMANDS, settings, Ack.EPHEMERAL_REPLY, ShowEconomy.class).name())
                .isEqualTo("banners.premium");
        ChangeGameSettings set = sent(command.onSlash(slash("economy-admin", "set", admin, "path", Kind.STRING,
                "daily.rewards.gold", "value", Kind.STRING, "750")), Topics.ECONOMY_COMMANDS, settings,
                Ack.EPHEMERAL_REPLY, ChangeGameSettings.class);
        assertThat(set).extracting(ChangeGameSettings::change, ChangeGameSettings::path, ChangeGameSettings::value)
                .containsExactly(ChangeGameSettings.Change.SET, "daily.rewards.gold", "750");
        assertThat(sent(command.onSlash(slash("economy-admin", "reset", admin)), Topics.ECONOMY_COMMANDS, settings,
                Ack.EPHEMERAL_REPLY, ChangeGameSettings.class).change()).isEqualTo(ChangeGameSettings.Change.RESET);
    }

    @Test
    @DisplayName("a grant goes to the receiver's key with the currency as a key and the note")
    void grant() {
        GrantCurrency grant = sent(command.onSlash(slash("economy-admin", "grant", admin, "member", Kind.USER, OTHER,
                "currency", Kind.STRING, "Aether", "amount", Kind.INTEGER, "-50", "note", Kind.STRING, "refund")),
                Topics.ECONOMY_COMMANDS, GUILD + ":" + OTHER, Ack.EPHEMERAL_REPLY, GrantCurrency.class);
        assertThat(grant).extracting(GrantCurrency::memberId, GrantCurrency::currency, GrantCurrency::amount,
                GrantCurrency::note).containsExactly(OTHER, "aether", -50L, "refund");
    }

    @Test
    @DisplayName("without Manage Server, with a path that is not dotted, without a value or with a grant of 0: refused")
    void refusals() {
        assertThat(refused(command.onSlash(slash("economy-admin", "reset", caller(0)))))
                .contains("Only members with Manage Server");
        assertThat(refused(command.onSlash(slash("economy-admin", "set", admin, "path", Kind.STRING, "daily/rewards",
                "value", Kind.STRING, "1")))).contains("dotted name");
        assertThat(refused(command.onSlash(slash("economy-admin", "set", admin, "path", Kind.STRING,
                "daily.rewards.gold")))).contains("A value is needed");
        assertThat(refused(command.onSlash(slash("economy-admin", "show", admin, "section", Kind.STRING,
                "banners premium")))).contains("dotted path");
        assertThat(refused(command.onSlash(slash("economy-admin", "grant", admin, "member", Kind.USER, OTHER,
                "currency", Kind.STRING, "gold", "amount", Kind.INTEGER, "0")))).contains("other than 0");
    }
}
