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

/** {@code /leaderboard}: the strongest teams of this server. */
public final class LeaderboardCommand implements GatewayCommand {

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("leaderboard", "The strongest teams of this server"));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        String me = call.caller().userId();
        return Economy.send(call.caller(), me, ShowEconomy.of(call.caller().guildId(), View.LEADERBOARD, me,
                call.caller().ref()), Ack.REPLY);
    }
}
