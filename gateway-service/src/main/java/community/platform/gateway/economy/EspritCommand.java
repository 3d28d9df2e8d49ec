package community.platform.gateway.economy;

import community.platform.contracts.economy.ChangeEsprit;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.ShowEconomy.View;
import community.platform.gateway.interaction.Caller;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Options;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /esprit collection|details|compare|upgrade|dissolve}: reads of a collection (filtered, paged) and the changes
 * a member makes to their own esprits.
 */
public final class EspritCommand implements GatewayCommand {

    static final int MAX_PAGE = 10_000;

    @Override
    public List<SlashCommandData> slashCommands() {
        OptionData number = Economy.number("number", "The esprit's number (#)");
        return List.of(Commands.slash("esprit", "Your esprits").addSubcommands(
                new SubcommandData("collection", "List esprits, filtered and paged").addOptions(
                        Economy.member(),
                        new OptionData(OptionType.STRING, "rarity", "Only this rarity").setMaxLength(32),
                        new OptionData(OptionType.STRING, "element", "Only this element").setMaxLength(32),
                        new OptionData(OptionType.STRING, "name", "Name contains").setMaxLength(Economy.MAX_NAME),
                        new OptionData(OptionType.INTEGER, "page", "Page").setRequiredRange(1, MAX_PAGE)),
                new SubcommandData("details", "One esprit's stats").addOptions(number, Economy.member()),
                new SubcommandData("compare", "Two of your esprits side by side").addOptions(
                        Economy.number("first", "Esprit number"), Economy.number("second", "Esprit number")),
                new SubcommandData("upgrade", "Raise an esprit one level").addOptions(number),
                new SubcommandData("dissolve", "Dissolve an esprit into currency").addOptions(number)));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        Caller c = call.caller();
        Options o = call.options();
        String guild = c.guildId();
        String me = c.userId();
        return switch (call.subcommand() == null ? "" : call.subcommand()) {
            case "collection" -> {
                String whose = o.member("member", me);
                String name = o.text("name", Economy.MAX_NAME);
                yield Economy.send(c, whose, new ShowEconomy(guild, View.COLLECTION, whose,
                        (int) o.whole("page", 1, MAX_PAGE, 1), null, null, o.key("rarity", null),
                        o.key("element", null), name == null ? null : name.replace(":", ""), c.ref()), Ack.REPLY);
            }
            case "details" -> {
                String whose = o.member("member", me);
                yield Economy.send(c, whose, new ShowEconomy(guild, View.DETAILS, whose, null, number(o, "number"),
                        null, null, null, null, c.ref()), Ack.REPLY);
            }
            case "compare" -> Economy.send(c, me, new ShowEconomy(guild, View.COMPARE, me, null, number(o, "first"),
                    number(o, "second"), null, null, null, c.ref()), Ack.REPLY);
            case "upgrade" -> Economy.send(c, me, new ChangeEsprit(guild, ChangeEsprit.Change.UPGRADE,
                    number(o, "number"), c.ref()), Ack.REPLY);
            case "dissolve" -> Economy.send(c, me, new ChangeEsprit(guild, ChangeEsprit.Change.DISSOLVE,
                    number(o, "number"), c.ref()), Ack.REPLY);
            default -> Outcome.refuse("This command is not available.");
        };
    }

    private static int number(Options o, String name) {
        return (int) o.required(name, 1, Economy.MAX_NUMBER);
    }
}
