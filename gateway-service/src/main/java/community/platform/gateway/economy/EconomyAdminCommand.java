package community.platform.gateway.economy;

import community.platform.contracts.Topics;
import community.platform.contracts.economy.ChangeGameSettings;
import community.platform.contracts.economy.GrantCurrency;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.ShowEconomy.View;
import community.platform.gateway.interaction.Caller;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Options;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /economy-admin show|set|reset|grant}: a server's game data and grants, Manage Server only (declared as the
 * command's default permission and checked here, since a forged interaction skips Discord's check). Game data
 * commands are keyed by {@code <guildId>:settings}; a grant by the receiver.
 */
public final class EconomyAdminCommand implements GatewayCommand {

    static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,9}");
    static final int MAX_VALUE = 4000;
    static final long MAX_GRANT = 1_000_000_000L;

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("economy-admin", "Change this server's game data")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addSubcommands(
                        new SubcommandData("show", "Show the game data").addOptions(
                                new OptionData(OptionType.STRING, "section", "e.g. banners.premium").setMaxLength(200)),
                        new SubcommandData("set", "Change one value (JSON or text; null removes it)").addOptions(
                                new OptionData(OptionType.STRING, "path", "e.g. daily.rewards.gold", true)
                                        .setMaxLength(200),
                                new OptionData(OptionType.STRING, "value", "e.g. 750", true).setMaxLength(MAX_VALUE)),
                        new SubcommandData("reset", "Back to the default game data"),
                        new SubcommandData("grant", "Give (or take, negative) currency").addOptions(
                                new OptionData(OptionType.USER, "member", "Who", true),
                                new OptionData(OptionType.STRING, "currency", "e.g. aether", true).setMaxLength(32),
                                new OptionData(OptionType.INTEGER, "amount", "How much", true)
                                        .setRequiredRange(-MAX_GRANT, MAX_GRANT),
                                new OptionData(OptionType.STRING, "note", "Why").setMaxLength(200))));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        Caller c = call.caller();
        Options o = call.options();
        if (!c.has(Permission.MANAGE_SERVER.getRawValue())) {
            return Outcome.refuse("Only members with Manage Server may change the game data.");
        }
        String guild = c.guildId();
        String settings = guild + ":settings";
        return switch (call.subcommand() == null ? "" : call.subcommand()) {
            case "show" -> {
                String section = o.text("section", 200);
                if (section != null && !PATH.matcher(section).matches()) {
                    yield Outcome.refuse("A section is a dotted path such as banners.premium.");
                }
                yield Outcome.send(Topics.ECONOMY_COMMANDS, settings, new ShowEconomy(guild, View.SETTINGS, c.userId(),
                        null, null, null, null, null, section, c.ref()), Ack.EPHEMERAL_REPLY);
            }
            case "set" -> {
                String path = o.text("path", 200);
                String value = o.text("value", MAX_VALUE);
                if (path == null || !PATH.matcher(path).matches()) {
                    yield Outcome.refuse("A path is a dotted name such as daily.rewards.gold.");
                }
                if (value == null) {
                    yield Outcome.refuse("A value is needed (JSON, text, or null to remove).");
                }
                yield Outcome.send(Topics.ECONOMY_COMMANDS, settings, new ChangeGameSettings(guild,
                        ChangeGameSettings.Change.SET, path, value, c.ref()), Ack.EPHEMERAL_REPLY);
            }
            case "reset" -> Outcome.send(Topics.ECONOMY_COMMANDS, settings, new ChangeGameSettings(guild,
                    ChangeGameSettings.Change.RESET, null, null, c.ref()), Ack.EPHEMERAL_REPLY);
            case "grant" -> {
                String receiver = o.member("member", null);
                if (receiver == null) {
                    yield Outcome.refuse("Whom to grant to is needed.");
                }
                long amount = o.whole("amount", -MAX_GRANT, MAX_GRANT, 0);
                if (amount == 0) {
                    yield Outcome.refuse("An amount other than 0 is needed.");
                }
                yield Economy.send(c, receiver, new GrantCurrency(guild, receiver, o.key("currency", null), amount,
                        o.text("note", 200), c.ref()), Ack.EPHEMERAL_REPLY);
            }
            default -> Outcome.refuse("This command is not available.");
        };
    }
}
