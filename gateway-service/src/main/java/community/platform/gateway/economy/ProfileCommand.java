package community.platform.gateway.economy;

import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.ShowEconomy.View;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /profile [member]}: balances, collection size, team power, timers and pity. */
public final class ProfileCommand implements GatewayCommand {

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("profile", "Balances, power and pity").addOptions(Economy.member()));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        String whose = call.options().member("member", call.caller().userId());
        return Economy.send(call.caller(), whose, ShowEconomy.of(call.caller().guildId(), View.PROFILE, whose,
                call.caller().ref()), Ack.REPLY);
    }
}
