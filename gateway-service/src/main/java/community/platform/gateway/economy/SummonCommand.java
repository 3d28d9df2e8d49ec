package community.platform.gateway.economy;

import community.platform.contracts.economy.Summon;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /summon [banner] [count] [free]}: one or ten pulls on a banner, paid or the free single summon. */
public final class SummonCommand implements GatewayCommand {

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("summon", "Summon esprits from a banner").addOptions(
                new OptionData(OptionType.STRING, "banner", "Which banner (default: standard)").setMaxLength(32),
                new OptionData(OptionType.INTEGER, "count", "1 or 10 (default 1)").addChoice("1", 1).addChoice("10", 10),
                new OptionData(OptionType.BOOLEAN, "free", "Use your free single summon")));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        long count = call.options().whole("count", Long.MIN_VALUE, Long.MAX_VALUE, 1);
        if (count != 1 && count != 10) {
            return Outcome.refuse("A summon is 1 or 10 pulls.");
        }
        return Economy.send(call.caller(), call.caller().userId(), new Summon(call.caller().guildId(),
                call.options().key("banner", "standard"), (int) count, call.options().flag("free"), call.caller().ref()),
                Ack.REPLY);
    }
}
