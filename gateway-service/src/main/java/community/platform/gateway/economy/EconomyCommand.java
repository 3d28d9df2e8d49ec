package community.platform.gateway.economy;

import community.platform.contracts.Message;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.economy.ArrangeTeam;
import community.platform.contracts.economy.ChangeEsprit;
import community.platform.contracts.economy.ChangeGameSettings;
import community.platform.contracts.economy.ClaimDaily;
import community.platform.contracts.economy.GrantCurrency;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.ShowEconomy.View;
import community.platform.contracts.economy.Summon;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;

/**
 * The gacha economy's Discord surface: {@code /daily}, {@code /summon}, {@code /esprit ...}, {@code /team ...},
 * {@code /profile}, {@code /leaderboard}, {@code /economy-admin ...} (Manage Server only) and the collection's page
 * buttons ({@code economy:page:collection:<member>:<page>:<rarity>:<element>:<name>}). Commands are keyed by the member
 * whose balance or collection they touch, so one member's clicks are decided one after another.
 */
public final class EconomyCommand implements GatewayCommand {

    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");
    static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,9}");
    static final int MAX_NAME = 32;
    static final int MAX_VALUE = 4000;
    static final int MAX_NUMBER = 1_000_000;
    static final long MAX_GRANT = 1_000_000_000L;

    @Override
    public List<SlashCommandData> slashCommands() {
        OptionData number = new OptionData(OptionType.INTEGER, "number", "The esprit's number (#)", true)
                .setRequiredRange(1, MAX_NUMBER);
        OptionData member = new OptionData(OptionType.USER, "member", "Whose (default: yours)");
        return List.of(
                Commands.slash("daily", "Claim your daily reward"),
                Commands.slash("summon", "Summon esprits from a banner").addOptions(
                        new OptionData(OptionType.STRING, "banner", "Which banner (default: standard)")
                                .setMaxLength(32),
                        new OptionData(OptionType.INTEGER, "count", "1 or 10 (default 1)")
                                .addChoice("1", 1).addChoice("10", 10),
                        new OptionData(OptionType.BOOLEAN, "free", "Use your free single summon")),
                Commands.slash("esprit", "Your esprits").addSubcommands(
                        new SubcommandData("collection", "List esprits, filtered and paged").addOptions(
                                member,
                                new OptionData(OptionType.STRING, "rarity", "Only this rarity").setMaxLength(32),
                                new OptionData(OptionType.STRING, "element", "Only this element").setMaxLength(32),
                                new OptionData(OptionType.STRING, "name", "Name contains").setMaxLength(MAX_NAME),
                                new OptionData(OptionType.INTEGER, "page", "Page").setRequiredRange(1, 10_000)),
                        new SubcommandData("details", "One esprit's stats").addOptions(number, member),
                        new SubcommandData("compare", "Two of your esprits side by side").addOptions(
                                new OptionData(OptionType.INTEGER, "first", "Esprit number", true)
                                        .setRequiredRange(1, MAX_NUMBER),
                                new OptionData(OptionType.INTEGER, "second", "Esprit number", true)
                                        .setRequiredRange(1, MAX_NUMBER)),
                        new SubcommandData("upgrade", "Raise an esprit one level").addOptions(number),
                        new SubcommandData("dissolve", "Dissolve an esprit into currency").addOptions(number)),
                Commands.slash("team", "Your team").addSubcommands(
                        new SubcommandData("set", "Put an esprit in a slot").addOptions(
                                new OptionData(OptionType.INTEGER, "slot", "Slot", true).setRequiredRange(1, 25),
                                number),
                        new SubcommandData("clear", "Empty a slot").addOptions(
                                new OptionData(OptionType.INTEGER, "slot", "Slot", true).setRequiredRange(1, 25)),
                        new SubcommandData("optimize", "Fill the team with your strongest esprits"),
                        new SubcommandData("view", "Show a team").addOptions(member)),
                Commands.slash("profile", "Balances, power and pity").addOptions(member),
                Commands.slash("leaderboard", "The strongest teams of this server"),
                Commands.slash("economy-admin", "Change this server's game data")
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                        .addSubcommands(
                                new SubcommandData("show", "Show the game data").addOptions(
                                        new OptionData(OptionType.STRING, "section", "e.g. banners.premium")
                                                .setMaxLength(200)),
                                new SubcommandData("set", "Change one value (JSON or text; null removes it)")
                                        .addOptions(new OptionData(OptionType.STRING, "path",
                                                        "e.g. daily.rewards.gold", true).setMaxLength(200),
                                                new OptionData(OptionType.STRING, "value", "e.g. 750", true)
                                                        .setMaxLength(MAX_VALUE)),
                                new SubcommandData("reset", "Back to the default game data"),
                                new SubcommandData("grant", "Give (or take, negative) currency").addOptions(
                                        new OptionData(OptionType.USER, "member", "Who", true),
                                        new OptionData(OptionType.STRING, "currency", "e.g. aether", true)
                                                .setMaxLength(32),
                                        new OptionData(OptionType.INTEGER, "amount", "How much", true)
                                                .setRequiredRange(-MAX_GRANT, MAX_GRANT),
                                        new OptionData(OptionType.STRING, "note", "Why").setMaxLength(200))));
    }

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(ShowEconomy.PAGE_PREFIX);
    }

    @Override
    public Outcome onSlash(SlashCommandInteraction interaction, InteractionRef ref) {
        String guild = interaction.getGuild().getId();
        String user = ref.userId();
        String sub = interaction.getSubcommandName();
        try {
            return switch (interaction.getName()) {
                case "daily" -> send(guild, user, new ClaimDaily(guild, ref));
                case "summon" -> {
                    String banner = key(interaction, "banner", "standard");
                    long count = whole(interaction, "count", 1);
                    if (count != 1 && count != 10) {
                        yield Outcome.refuse("A summon is 1 or 10 pulls.");
                    }
                    yield send(guild, user, new Summon(guild, banner, (int) count, flag(interaction, "free"), ref));
                }
                case "esprit" -> esprit(sub, interaction, guild, user, ref);
                case "team" -> team(sub, interaction, guild, user, ref);
                case "profile" -> show(guild, ShowEconomy.of(guild, View.PROFILE, member(interaction, user), ref));
                case "leaderboard" -> show(guild, ShowEconomy.of(guild, View.LEADERBOARD, user, ref));
                case "economy-admin" -> admin(sub, interaction, guild, ref);
                default -> Outcome.refuse("This command is not available.");
            };
        } catch (BadOption e) {
            return Outcome.refuse(e.getMessage());
        }
    }

    private Outcome esprit(String sub, SlashCommandInteraction i, String guild, String user, InteractionRef ref) {
        return switch (sub == null ? "" : sub) {
            case "collection" -> show(guild, new ShowEconomy(guild, View.COLLECTION, member(i, user),
                    (int) whole(i, "page", 1, 10_000, 1), null, null, key(i, "rarity", null), key(i, "element", null),
                    name(i), ref));
            case "details" -> show(guild, new ShowEconomy(guild, View.DETAILS, member(i, user), null, number(i, "number"),
                    null, null, null, null, ref));
            case "compare" -> show(guild, new ShowEconomy(guild, View.COMPARE, user, null, number(i, "first"),
                    number(i, "second"), null, null, null, ref));
            case "upgrade" -> send(guild, user, new ChangeEsprit(guild, ChangeEsprit.Change.UPGRADE,
                    number(i, "number"), ref));
            case "dissolve" -> send(guild, user, new ChangeEsprit(guild, ChangeEsprit.Change.DISSOLVE,
                    number(i, "number"), ref));
            default -> Outcome.refuse("This command is not available.");
        };
    }

    private Outcome team(String sub, SlashCommandInteraction i, String guild, String user, InteractionRef ref) {
        return switch (sub == null ? "" : sub) {
            case "set" -> send(guild, user, new ArrangeTeam(guild, ArrangeTeam.Arrangement.SET, slot(i),
                    number(i, "number"), ref));
            case "clear" -> send(guild, user, new ArrangeTeam(guild, ArrangeTeam.Arrangement.CLEAR, slot(i), null, ref));
            case "optimize" -> send(guild, user, new ArrangeTeam(guild, ArrangeTeam.Arrangement.OPTIMIZE, null, null,
                    ref));
            case "view" -> show(guild, ShowEconomy.of(guild, View.TEAM, member(i, user), ref));
            default -> Outcome.refuse("This command is not available.");
        };
    }

    private Outcome admin(String sub, SlashCommandInteraction i, String guild, InteractionRef ref) {
        if (i.getMember() == null || !i.getMember().hasPermission(Permission.MANAGE_SERVER)) {
            return Outcome.refuse("Only members with Manage Server may change the game data.");
        }
        String settingsKey = guild + ":settings";
        return switch (sub == null ? "" : sub) {
            case "show" -> {
                String section = text(i, "section", 200);
                if (section != null && !PATH.matcher(section).matches()) {
                    yield Outcome.refuse("A section is a dotted path such as banners.premium.");
                }
                yield Outcome.send(Topics.ECONOMY_COMMANDS, settingsKey, new ShowEconomy(guild, View.SETTINGS,
                        ref.userId(), null, null, null, null, null, section, ref), Ack.EPHEMERAL_REPLY);
            }
            case "set" -> {
                String path = text(i, "path", 200);
                String value = text(i, "value", MAX_VALUE);
                if (path == null || !PATH.matcher(path).matches()) {
                    yield Outcome.refuse("A path is a dotted name such as daily.rewards.gold.");
                }
                if (value == null) {
                    yield Outcome.refuse("A value is needed (JSON, text, or null to remove).");
                }
                yield Outcome.send(Topics.ECONOMY_COMMANDS, settingsKey, new ChangeGameSettings(guild,
                        ChangeGameSettings.Change.SET, path, value, ref), Ack.EPHEMERAL_REPLY);
            }
            case "reset" -> Outcome.send(Topics.ECONOMY_COMMANDS, settingsKey, new ChangeGameSettings(guild,
                    ChangeGameSettings.Change.RESET, null, null, ref), Ack.EPHEMERAL_REPLY);
            case "grant" -> {
                String receiver = member(i, null);
                if (receiver == null) {
                    yield Outcome.refuse("Whom to grant to is needed.");
                }
                long amount = whole(i, "amount", -MAX_GRANT, MAX_GRANT, 0);
                if (amount == 0) {
                    yield Outcome.refuse("An amount other than 0 is needed.");
                }
                yield Outcome.send(Topics.ECONOMY_COMMANDS, guild + ":" + receiver, new GrantCurrency(guild, receiver,
                        key(i, "currency", null), amount, text(i, "note", 200), ref), Ack.EPHEMERAL_REPLY);
            }
            default -> Outcome.refuse("This command is not available.");
        };
    }

    @Override
    public Outcome onComponent(List<String> customId, ComponentInteraction interaction, InteractionRef ref) {
        // economy:page:collection:<member>:<page>:<rarity>:<element>:<name>
        if (customId.size() != 8 || !customId.get(2).equals("collection") || !SNOWFLAKE.matcher(customId.get(3)).matches()
                || !customId.get(4).matches("[0-9]{1,5}")) {
            return Outcome.refuse("This button is not recognised.");
        }
        String rarity = dash(customId.get(5));
        String element = dash(customId.get(6));
        String name = dash(customId.get(7));
        if ((rarity != null && !KEY.matcher(rarity).matches()) || (element != null && !KEY.matcher(element).matches())
                || (name != null && name.length() > MAX_NAME)) {
            return Outcome.refuse("This button is not recognised.");
        }
        int page = Math.max(1, Integer.parseInt(customId.get(4)));
        String guild = interaction.getGuild().getId();
        return Outcome.send(Topics.ECONOMY_COMMANDS, guild + ":" + customId.get(3), new ShowEconomy(guild,
                View.COLLECTION, customId.get(3), page, null, null, rarity, element, name, ref), Ack.UPDATE);
    }

    private static String dash(String part) {
        return part.equals("-") ? null : part;
    }

    private static Outcome send(String guild, String member, Message command) {
        return Outcome.send(Topics.ECONOMY_COMMANDS, guild + ":" + member, command, Ack.REPLY);
    }

    private static Outcome show(String guild, ShowEconomy command) {
        return Outcome.send(Topics.ECONOMY_COMMANDS, guild + ":" + command.memberId(), command, Ack.REPLY);
    }

    /** An option a forged interaction got wrong: the member is told, nothing is sent. */
    static final class BadOption extends RuntimeException {
        BadOption(String message) {
            super(message);
        }
    }

    private static String member(SlashCommandInteraction i, String fallback) {
        OptionMapping o = i.getOption("member");
        if (o == null) {
            return fallback;
        }
        String id = o.getAsString();
        if (!SNOWFLAKE.matcher(id).matches()) {
            throw new BadOption("member must be a member of this server.");
        }
        return id;
    }

    private static String key(SlashCommandInteraction i, String name, String fallback) {
        OptionMapping o = i.getOption(name);
        if (o == null) {
            return fallback;
        }
        String value = o.getAsString().strip().toLowerCase(Locale.ROOT);
        if (!KEY.matcher(value).matches()) {
            throw new BadOption(name + " is a key such as 'standard': 1 to 32 lower-case letters, digits, '-' or '_'.");
        }
        return value;
    }

    private static String name(SlashCommandInteraction i) {
        String name = text(i, "name", MAX_NAME);
        return name == null ? null : name.replace(":", "");
    }

    private static String text(SlashCommandInteraction i, String name, int max) {
        OptionMapping o = i.getOption(name);
        if (o == null || o.getAsString().isBlank()) {
            return null;
        }
        String value = o.getAsString().strip();
        if (value.length() > max) {
            throw new BadOption(name + " may have at most " + max + " characters.");
        }
        return value;
    }

    private static boolean flag(SlashCommandInteraction i, String name) {
        OptionMapping o = i.getOption(name);
        if (o == null) {
            return false;
        }
        if (o.getType() != OptionType.BOOLEAN) {
            throw new BadOption(name + " must be true or false.");
        }
        return o.getAsBoolean();
    }

    private static long whole(SlashCommandInteraction i, String name, long fallback) {
        return whole(i, name, Long.MIN_VALUE, Long.MAX_VALUE, fallback);
    }

    private static long whole(SlashCommandInteraction i, String name, long min, long max, long fallback) {
        OptionMapping o = i.getOption(name);
        if (o == null) {
            return fallback;
        }
        if (o.getType() != OptionType.INTEGER) {
            throw new BadOption(name + " must be a whole number.");
        }
        long v = o.getAsLong();
        if (v < min || v > max) {
            throw new BadOption(name + " must be between " + min + " and " + max + ".");
        }
        return v;
    }

    private static int number(SlashCommandInteraction i, String name) {
        OptionMapping o = i.getOption(name);
        if (o == null) {
            throw new BadOption(name + " is needed.");
        }
        return (int) whole(i, name, 1, MAX_NUMBER, 1);
    }

    private static Integer slot(SlashCommandInteraction i) {
        if (i.getOption("slot") == null) {
            throw new BadOption("slot is needed.");
        }
        return (int) whole(i, "slot", 1, 25, 1);
    }
}
