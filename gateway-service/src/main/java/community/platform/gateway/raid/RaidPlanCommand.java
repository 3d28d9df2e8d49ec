package community.platform.gateway.raid;

import community.platform.contracts.Topics;
import community.platform.contracts.raid.PlanRaid;
import community.platform.contracts.raid.RaidOptions;
import community.platform.contracts.raid.ids.RaidFormId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.modals.Modal;

/**
 * {@code /raidplan}: a form for a raid (dungeon, the days and the times members pick from, group size, note); its
 * submission plans the raid, whose message is the public reply. Options are checked here, where they enter: 1 to 25
 * days and 1 to 25 times (one select each), each 1 to 100 characters, no repeats, each a day or a clock time
 * ({@link RaidOptions}).
 */
public final class RaidPlanCommand implements GatewayCommand {

    static final int MAX_OPTIONS = 25;
    static final int MAX_OPTION = 100;

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("raidplan", "Plan a raid: members pick the days and times they can make"));
    }

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(RaidFormId.PREFIX);
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        return new Outcome.OpenForm(Modal.create(new RaidFormId().format(), "Plan a raid").addComponents(
                Label.of("Dungeon", TextInput.create(RaidFormId.DUNGEON, TextInputStyle.SHORT).setMaxLength(MAX_OPTION)
                        .setRequired(true).build()),
                Label.of("Days (Fri, Sat, 2026-12-05 …)", TextInput.create(RaidFormId.DAYS,
                        TextInputStyle.PARAGRAPH).setMaxLength(1000).setRequired(true).build()),
                Label.of("Times (19:00, 21:30 …)", TextInput.create(RaidFormId.TIMES,
                        TextInputStyle.PARAGRAPH).setMaxLength(1000).setRequired(true).build()),
                Label.of("Group size", TextInput.create(RaidFormId.GROUP, TextInputStyle.SHORT).setMaxLength(4)
                        .setRequired(true).build()),
                Label.of("Note", TextInput.create(RaidFormId.NOTE, TextInputStyle.PARAGRAPH).setMaxLength(1000)
                        .setRequired(false).build()))
                .build());
    }

    @Override
    public Outcome onForm(Calls.Form call) {
        if (RaidFormId.parse(call.formId()).isEmpty()) {
            return Outcome.refuse("This form is not available any more.");
        }
        var f = call.fields();
        String dungeon = f.get(RaidFormId.DUNGEON) == null ? "" : f.get(RaidFormId.DUNGEON).strip();
        if (dungeon.isEmpty()) {
            return Outcome.refuse("A raid needs a dungeon.");
        }
        List<String> days = options(f.get(RaidFormId.DAYS));
        List<String> times = options(f.get(RaidFormId.TIMES));
        String refusal = check("days", days);
        if (refusal == null) {
            refusal = check("times", times);
        }
        if (refusal == null) {
            refusal = readable(days, times);
        }
        if (refusal != null) {
            return Outcome.refuse(refusal);
        }
        int group;
        try {
            group = Integer.parseInt(f.getOrDefault(RaidFormId.GROUP, "").strip());
        } catch (NumberFormatException e) {
            return Outcome.refuse("The group size is a whole number from 1 to 1000.");
        }
        if (group < 1 || group > 1000) {
            return Outcome.refuse("The group size is a whole number from 1 to 1000.");
        }
        String note = f.get(RaidFormId.NOTE) == null || f.get(RaidFormId.NOTE).isBlank() ? null
                : f.get(RaidFormId.NOTE).strip();
        String leader = call.caller().displayName() == null ? null : call.caller().displayName().substring(0,
                Math.min(MAX_OPTION, call.caller().displayName().length()));
        return Outcome.send(Topics.RAID_COMMANDS, call.caller().ref().interactionId(), new PlanRaid(
                call.caller().guildId(), call.caller().ref(), leader, dungeon, days, times, group, note), Ack.REPLY);
    }

    static List<String> options(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\n]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Days and times must name dates and clock times: reminders, the stale sweep and the calendar need them. */
    static String readable(List<String> days, List<String> times) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        for (String d : days) {
            if (RaidOptions.day(d, today).isEmpty()) {
                return "\"" + d + "\" is not a day: give " + RaidOptions.DAY_FORMS + ".";
            }
        }
        for (String t : times) {
            if (RaidOptions.time(t).isEmpty()) {
                return "\"" + t + "\" is not a time: give " + RaidOptions.TIME_FORMS + ".";
            }
        }
        return null;
    }

    private static String check(String what, List<String> options) {
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            return "Give 1 to " + MAX_OPTIONS + " " + what + " (one select holds 25).";
        }
        if (options.stream().anyMatch(o -> o.length() > MAX_OPTION)) {
            return "Each of the " + what + " may have at most " + MAX_OPTION + " characters.";
        }
        if (options.stream().map(o -> o.toLowerCase(java.util.Locale.ROOT)).distinct().count() < options.size()) {
            return "The " + what + " repeat one another.";
        }
        return null;
    }
}
