package community.platform.gateway.economy;

import community.platform.contracts.economy.ClaimDaily;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /daily}: claim the daily reward (once per cooldown, however often it is clicked). */
public final class DailyCommand implements GatewayCommand {

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("daily", "Claim your daily reward"));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        return Economy.send(call.caller(), call.caller().userId(), new ClaimDaily(call.caller().guildId(),
                call.caller().ref()), Ack.REPLY);
    }
}
