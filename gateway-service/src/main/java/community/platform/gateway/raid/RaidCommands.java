package community.platform.gateway.raid;

import community.platform.contracts.Topics;
import community.platform.contracts.raid.CancelAllRaids;
import community.platform.contracts.raid.CloseRaid;
import community.platform.contracts.raid.ConfigureRaids;
import community.platform.contracts.raid.PostRaidBoard;
import community.platform.contracts.raid.ShowRaids;
import community.platform.contracts.raid.ids.CancelAllFormId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The raid service's commands besides {@code /raidplan}: {@code /raid_finish raid}, {@code /raidlist [board]},
 * {@code /settings setting value}, {@code /status}, {@code /raid calendar}, {@code /xp [board]}, {@code /help} (answered
 * here), and {@code /cancel_all_raids}, confirmed in a form where the admin types CANCEL ALL. Who may do what is the
 * raid service's to check (the member's permissions travel with each command); Discord hides the admin commands from
 * members without Manage Server by default.
 */
public final class RaidCommands implements GatewayCommand {

    static final String CONFIRM = "CANCEL ALL";
    static final int MAX_VALUE = 1000;

    static final String HELP = """
            ⚔️ **Raids**
            /raidplan [template] — plan a raid in a form (dungeon, days, times, group size, note), or from a saved \
            template; members pick every day and time they can make on its message
            /dungeonlist — this server's dungeons and raid templates
            /template_config name [delete] — save a raid template from a form, or delete it (admins)
            /raid_finish raid — finish Raid #n (its leader or an admin): the attendance is taken once
            /raidlist [board] — post the list of open raids (or the roster) here, kept current by the bot (admins)
            /xp [board] — your voice XP, or the leaderboard
            /raid calendar — the link of this server's raid calendar (admins)
            /settings setting value — raid-channel, list-channel, roster-channel, log-channel, stale-hours, zone, \
            reminder-minutes, dungeons (admins)
            /status — what the platform knows about this server
            /cancel_all_raids — cancel every open raid, after a confirmation (admins)""";

    @Override
    public List<SlashCommandData> slashCommands() {
        DefaultMemberPermissions admins = DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER);
        return List.of(
                Commands.slash("raid_finish", "Finish a raid: the attendance is taken")
                        .addOptions(new OptionData(OptionType.INTEGER, "raid", "The raid's number (Raid #n)", true)
                                .setMinValue(1)),
                Commands.slash("raidlist", "Post the list of open raids (or the roster) here, kept current")
                        .setDefaultPermissions(admins)
                        .addOptions(new OptionData(OptionType.STRING, "board", "Which board", false)
                                .addChoice("open raids", "list").addChoice("roster", "roster")),
                Commands.slash("settings", "Change a raid setting").setDefaultPermissions(admins)
                        .addOptions(new OptionData(OptionType.STRING, "setting", "stale-hours, zone, dungeons,"
                                        + " list-channel, reminder-minutes … (/help lists them)", true).setMaxLength(40),
                                new OptionData(OptionType.STRING, "value", "The new value", true)
                                        .setMaxLength(MAX_VALUE)),
                Commands.slash("status", "What the platform knows about this server"),
                Commands.slash("raid", "Raids").addSubcommands(new SubcommandData("calendar",
                        "The link of this server's raid calendar (admins)")),
                Commands.slash("xp", "Voice XP").addOptions(new OptionData(OptionType.STRING, "board",
                        "Yours or the leaderboard", false).addChoice("mine", "mine").addChoice("leaderboard",
                        "leaderboard")),
                Commands.slash("help", "The platform's raid commands"),
                Commands.slash("cancel_all_raids", "Cancel every open raid of this server (asks to confirm)")
                        .setDefaultPermissions(admins));
    }

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(CancelAllFormId.PREFIX);
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        var caller = call.caller();
        String guild = caller.guildId();
        String permissions = Long.toString(caller.permissions());
        return switch (call.name()) {
            case "raid_finish" -> Outcome.send(Topics.RAID_COMMANDS, guild + ":raids", new CloseRaid(guild, null,
                    CloseRaid.Action.FINISH, caller.ref(), permissions, (int) call.options().required("raid", 1,
                    Integer.MAX_VALUE)), Ack.EPHEMERAL_REPLY);
            case "raidlist" -> Outcome.send(Topics.RAID_COMMANDS, guild + ":raids", new PostRaidBoard(guild,
                    "roster".equals(call.options().text("board", 20)) ? PostRaidBoard.Board.ROSTER
                            : PostRaidBoard.Board.LIST, caller.ref(), permissions), Ack.EPHEMERAL_REPLY);
            case "status" -> show(call, ShowRaids.What.STATUS);
            case "raid" -> show(call, ShowRaids.What.CALENDAR);
            case "xp" -> show(call, "leaderboard".equals(call.options().text("board", 20))
                    ? ShowRaids.What.XP_LEADERBOARD : ShowRaids.What.XP);
            case "settings" -> settings(call);
            case "help" -> Outcome.tell(HELP);
            case "cancel_all_raids" -> new Outcome.OpenForm(Modal.create(new CancelAllFormId().format(),
                    "Cancel every open raid?").addComponents(Label.of("Type " + CONFIRM + " to confirm",
                    TextInput.create(CancelAllFormId.CONFIRM, TextInputStyle.SHORT).setMaxLength(20)
                            .setRequired(true).build())).build());
            default -> Outcome.refuse("This command is not available.");
        };
    }

    @Override
    public Outcome onForm(Calls.Form call) {
        if (CancelAllFormId.parse(call.formId()).isEmpty()) {
            return Outcome.refuse("This form is not available any more.");
        }
        String typed = call.fields().get(CancelAllFormId.CONFIRM);
        if (typed == null || !typed.strip().equalsIgnoreCase(CONFIRM)) {
            return Outcome.refuse("Nothing was cancelled: type " + CONFIRM + " to confirm.");
        }
        String guild = call.caller().guildId();
        return Outcome.send(Topics.RAID_COMMANDS, guild + ":raids", new CancelAllRaids(guild, guild,
                call.caller().ref(), Long.toString(call.caller().permissions()), false), Ack.EPHEMERAL_REPLY);
    }

    private static Outcome settings(Calls.Slash call) {
        String setting = call.options().text("setting", 40);
        String value = call.options().text("value", MAX_VALUE);
        if (setting == null || value == null) {
            return Outcome.refuse("A setting and a value are needed.");
        }
        String name = setting.toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z][a-z-]{1,40}")) {
            return Outcome.refuse("Settings are named like stale-hours or list-channel.");
        }
        String guild = call.caller().guildId();
        return Outcome.send(Topics.RAID_COMMANDS, guild + ":raids", new ConfigureRaids(guild, name, value,
                call.caller().ref(), Long.toString(call.caller().permissions())), Ack.EPHEMERAL_REPLY);
    }

    private static Outcome show(Calls.Slash call, ShowRaids.What what) {
        String guild = call.caller().guildId();
        String name = call.caller().displayName();
        return Outcome.send(Topics.RAID_COMMANDS, guild + ":raids", new ShowRaids(guild, what, call.caller().ref(),
                Long.toString(call.caller().permissions()), name == null ? null : name.substring(0,
                Math.min(RaidPlanCommand.MAX_OPTION, name.length())), null, false), Ack.EPHEMERAL_REPLY);
    }
}
