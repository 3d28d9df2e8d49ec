package community.platform.gateway.voting;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.ManageWishes;
import community.platform.contracts.voting.ManageWishes.Action;
import community.platform.contracts.voting.SubmitWish;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Options;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /wishes top|summary|sync|grant|decline|settings}: the suggestions board. Top lists and summaries are for
 * everyone (the top list privately, the summary in the channel); sync, decisions and settings for members who may
 * manage the server, which the voting service checks from the member's permissions. Keyed by {@code <guildId>:wishes}.
 */
public final class WishesCommand implements GatewayCommand {

    static final int MAX_REASON = 500;
    static final int MAX_CATEGORIES = 10;

    @Override
    public List<SlashCommandData> slashCommands() {
        OptionData wish = new OptionData(OptionType.INTEGER, "wish", "The wish's number", true).setMinValue(1);
        return List.of(Commands.slash("wishes", "The suggestions board: top wishes, summaries, decisions")
                .addSubcommands(
                        new SubcommandData("top", "The most starred open wishes of a category").addOptions(
                                new OptionData(OptionType.STRING, "category", "videos, other, channels, ...", true)
                                        .setMaxLength(32),
                                new OptionData(OptionType.INTEGER, "page", "Which page (10 a page)")
                                        .setRequiredRange(1, 1000)),
                        new SubcommandData("summary", "This week's wishes: top, new and granted"),
                        new SubcommandData("sync", "Recount every open wish's stars on Discord (Manage Server)"),
                        new SubcommandData("grant", "Grant a wish (Manage Server)").addOptions(wish),
                        new SubcommandData("decline", "Decline a wish, with the reason its author reads "
                                + "(Manage Server)").addOptions(wish, new OptionData(OptionType.STRING, "reason",
                                "Why", true).setMaxLength(MAX_REASON)),
                        new SubcommandData("settings", "Show or change the board's settings (Manage Server)")
                                .addOptions(new OptionData(OptionType.CHANNEL, "channel", "Where wishes are posted")
                                                .setChannelTypes(ChannelType.TEXT),
                                        new OptionData(OptionType.STRING, "categories",
                                                "The categories, separated by commas (channels: wishes for channels)")
                                                .setMaxLength(400),
                                        new OptionData(OptionType.INTEGER, "threshold",
                                                "Percent of the members whose stars grant a channel wish")
                                                .setRequiredRange(1, 100),
                                        new OptionData(OptionType.STRING, "summary",
                                                "When the weekly summary is posted: a day and a time, 'sun 18:00'")
                                                .setMaxLength(20),
                                        new OptionData(OptionType.STRING, "zone",
                                                "The summary's time zone, 'Europe/Paris' (UTC if left out)")
                                                .setMaxLength(64))));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        Options o = call.options();
        String guild = call.caller().guildId();
        String permissions = Long.toString(call.caller().permissions());
        var ref = call.caller().ref();
        ManageWishes command;
        Ack ack = Ack.EPHEMERAL_REPLY;
        switch (call.subcommand() == null ? "" : call.subcommand()) {
            case "top" -> command = new ManageWishes(guild, Action.TOP, ref, permissions, o.key("category", null),
                    (int) o.whole("page", 1, 1000, 1), null, null, null, null, null);
            case "summary" -> {
                command = new ManageWishes(guild, Action.SUMMARY, ref, permissions, null, null, null, null, null,
                        null, null);
                ack = Ack.REPLY;
            }
            case "sync" -> command = new ManageWishes(guild, Action.SYNC, ref, permissions, null, null, null, null,
                    null, null, null);
            case "grant" -> command = new ManageWishes(guild, Action.GRANT, ref, permissions, null, null,
                    (int) o.required("wish", 1, Integer.MAX_VALUE), null, null, null, null);
            case "decline" -> command = new ManageWishes(guild, Action.DECLINE, ref, permissions, null, null,
                    (int) o.required("wish", 1, Integer.MAX_VALUE), o.text("reason", MAX_REASON), null, null, null);
            case "settings" -> {
                String typed = o.text("categories", 400);
                List<String> categories = typed == null ? null : categories(typed);
                String[] summary = summary(o.text("summary", 20));
                String zone = zone(o.text("zone", 64));
                if (zone != null && summary == null) {
                    return Outcome.refuse("Give the summary's day and time with its zone: summary:'sun 18:00'.");
                }
                command = new ManageWishes(guild, Action.SETTINGS, ref, permissions, null, null, null, null,
                        o.channel("channel"), categories, o.has("threshold")
                        ? (int) o.required("threshold", 1, 100) : null, summary == null ? null : summary[0],
                        summary == null ? null : summary[1], zone);
            }
            default -> {
                return Outcome.refuse("Say what to do: top, summary, sync, grant, decline or settings.");
            }
        }
        if (command.action() == Action.TOP && command.category() == null) {
            return Outcome.refuse("Say which category to list.");
        }
        if (command.action() == Action.DECLINE && command.reason() == null) {
            return Outcome.refuse("Say why the wish is declined: its author reads it.");
        }
        return Outcome.send(Topics.VOTING_COMMANDS, SubmitWish.key(guild), command, ack);
    }

    static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    static final java.util.regex.Pattern SUMMARY = java.util.regex.Pattern.compile(
            "(?i)([a-z]{3})[a-z]*\\s+(\\d{1,2}):(\\d{2})");

    /** "sun 18:00" as {day, "18:00"}; null when absent. */
    static String[] summary(String typed) {
        if (typed == null) {
            return null;
        }
        var m = SUMMARY.matcher(typed.strip());
        if (!m.matches() || !DAYS.contains(m.group(1).toUpperCase(Locale.ROOT))
                || Integer.parseInt(m.group(2)) > 23 || Integer.parseInt(m.group(3)) > 59) {
            throw new Options.BadOption("The summary's time is a day and a time of day, such as 'sun 18:00'.");
        }
        return new String[] {m.group(1).toUpperCase(Locale.ROOT), String.format(Locale.ROOT, "%02d:%s",
                Integer.parseInt(m.group(2)), m.group(3))};
    }

    /** A time zone by its IANA name; null when absent. */
    static String zone(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return java.time.ZoneId.of(typed).getId();
        } catch (java.time.DateTimeException e) {
            throw new Options.BadOption("\"" + typed + "\" is not a time zone; use a name such as 'Europe/Paris'.");
        }
    }

    /** Categories an admin typed ("videos, art, channels"): lower case, each a key, 1 to 10 of them. */
    static List<String> categories(String typed) {
        List<String> parsed = Arrays.stream(typed.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
        if (parsed.isEmpty() || parsed.size() > MAX_CATEGORIES) {
            throw new Options.BadOption("Give 1 to " + MAX_CATEGORIES + " categories, separated by commas.");
        }
        for (String c : parsed) {
            if (!c.matches("[a-z0-9_-]{1,32}")) {
                throw new Options.BadOption("\"" + c + "\" is not a category name: letters, digits, '-' or '_',"
                        + " at most 32.");
            }
        }
        return parsed;
    }
}
