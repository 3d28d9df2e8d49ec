package community.platform.gateway.raid;

import community.platform.contracts.Topics;
import community.platform.contracts.raid.PlanRaid;
import community.platform.contracts.raid.RaidOptions;
import community.platform.contracts.raid.SaveTemplate;
import community.platform.contracts.raid.ShowRaids;
import community.platform.contracts.raid.ids.RaidFormId;
import community.platform.contracts.raid.ids.TemplateFormId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.modals.Modal;

/**
 * {@code /raidplan}: a form for a raid (dungeon, the days and the times members pick from, group size, note); its
 * submission plans the raid, whose message is the public reply; {@code /raidplan template:<name>} plans from the
 * guild's saved template without a form. {@code /template_config name} saves a template from the same form (or deletes
 * it), {@code /dungeonlist} shows the guild's dungeons and templates. Options are checked here, where they enter: 1 to 25
 * days and 1 to 25 times (one select each), each 1 to 100 characters, no repeats, each a day or a clock time
 * ({@link RaidOptions}).
 */
public final class RaidPlanCommand implements GatewayCommand {

    static final int MAX_OPTIONS = 25;
    static final int MAX_OPTION = 100;

    @Override
    public List<SlashCommandData> slashCommands() {
        DefaultMemberPermissions admins = DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER);
        return List.of(
                Commands.slash("raidplan", "Plan a raid: members pick the days and times they can make")
                        .addOptions(new OptionData(OptionType.STRING, "template", "Plan from a saved template"
                                + " (/dungeonlist lists them)", false).setMaxLength(40)),
                Commands.slash("template_config", "Save a raid template (or delete one)").setDefaultPermissions(admins)
                        .addOptions(new OptionData(OptionType.STRING, "name", "The template's name", true)
                                        .setMaxLength(40),
                                new OptionData(OptionType.BOOLEAN, "delete", "Delete it", false)),
                Commands.slash("dungeonlist", "This server's dungeons and raid templates"));
    }

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(RaidFormId.PREFIX, TemplateFormId.PREFIX);
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        var caller = call.caller();
        String guild = caller.guildId();
        switch (call.name()) {
            case "dungeonlist" -> {
                return Outcome.send(Topics.RAID_COMMANDS, guild + ":raids", new ShowRaids(guild,
                        ShowRaids.What.DUNGEONS, caller.ref(), Long.toString(caller.permissions()), null, null, false),
                        Ack.EPHEMERAL_REPLY);
            }
            case "template_config" -> {
                String name = templateName(call.options().text("name", 40));
                if (name == null) {
                    return Outcome.refuse("A template is named with letters, digits and dashes (at most 40).");
                }
                if (call.options().flag("delete")) {
                    return Outcome.send(Topics.RAID_COMMANDS, guild + ":raids", new SaveTemplate(guild, name, null,
                            List.of(), List.of(), 0, true, caller.ref(), Long.toString(caller.permissions())),
                            Ack.EPHEMERAL_REPLY);
                }
                return new Outcome.OpenForm(form(new TemplateFormId(name).format(), "Raid template " + name, false));
            }
            default -> {
                String template = call.options().text("template", 40);
                if (template != null) {
                    String name = templateName(template);
                    if (name == null) {
                        return Outcome.refuse("There is no template " + template + ": /dungeonlist lists them.");
                    }
                    return Outcome.send(Topics.RAID_COMMANDS, caller.ref().interactionId(), new PlanRaid(guild,
                            caller.ref(), leader(call.caller()), null, List.of(), List.of(), 0, null, name),
                            Ack.REPLY);
                }
                return new Outcome.OpenForm(form(new RaidFormId().format(), "Plan a raid", true));
            }
        }
    }

    /** The raid form, or a template's (the same fields but the note). */
    private static Modal form(String id, String title, boolean withNote) {
        List<Label> fields = new java.util.ArrayList<>(List.of(
                Label.of("Dungeon", TextInput.create(RaidFormId.DUNGEON, TextInputStyle.SHORT).setMaxLength(MAX_OPTION)
                        .setRequired(true).build()),
                Label.of("Days (Fri, Sat, 2026-12-05 …)", TextInput.create(RaidFormId.DAYS,
                        TextInputStyle.PARAGRAPH).setMaxLength(1000).setRequired(true).build()),
                Label.of("Times (19:00, 21:30 …)", TextInput.create(RaidFormId.TIMES,
                        TextInputStyle.PARAGRAPH).setMaxLength(1000).setRequired(true).build()),
                Label.of("Group size", TextInput.create(RaidFormId.GROUP, TextInputStyle.SHORT).setMaxLength(4)
                        .setRequired(true).build())));
        if (withNote) {
            fields.add(Label.of("Note", TextInput.create(RaidFormId.NOTE, TextInputStyle.PARAGRAPH).setMaxLength(1000)
                    .setRequired(false).build()));
        }
        return Modal.create(id, title).addComponents(fields).build();
    }

    /** What a raid form holds, read and checked; or why not. */
    record Filled(String dungeon, List<String> days, List<String> times, int group, String refusal) {
        static Filled refused(String why) {
            return new Filled(null, null, null, 0, why);
        }
    }

    static Filled read(Map<String, String> f) {
        String dungeon = f.get(RaidFormId.DUNGEON) == null ? "" : f.get(RaidFormId.DUNGEON).strip();
        if (dungeon.isEmpty()) {
            return Filled.refused("A raid needs a dungeon.");
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
            return Filled.refused(refusal);
        }
        int group;
        try {
            group = Integer.parseInt(f.getOrDefault(RaidFormId.GROUP, "").strip());
        } catch (NumberFormatException e) {
            group = 0;
        }
        if (group < 1 || group > 1000) {
            return Filled.refused("The group size is a whole number from 1 to 1000.");
        }
        return new Filled(dungeon, days, times, group, null);
    }

    @Override
    public Outcome onForm(Calls.Form call) {
        var template = TemplateFormId.parse(call.formId());
        if (RaidFormId.parse(call.formId()).isEmpty() && template.isEmpty()) {
            return Outcome.refuse("This form is not available any more.");
        }
        Filled filled = read(call.fields());
        if (filled.refusal() != null) {
            return Outcome.refuse(filled.refusal());
        }
        var caller = call.caller();
        if (template.isPresent()) {
            return Outcome.send(Topics.RAID_COMMANDS, caller.guildId() + ":raids", new SaveTemplate(caller.guildId(),
                    template.get().name(), filled.dungeon(), filled.days(), filled.times(), filled.group(), false,
                    caller.ref(), Long.toString(caller.permissions())), Ack.EPHEMERAL_REPLY);
        }
        String note = call.fields().get(RaidFormId.NOTE) == null || call.fields().get(RaidFormId.NOTE).isBlank() ? null
                : call.fields().get(RaidFormId.NOTE).strip();
        return Outcome.send(Topics.RAID_COMMANDS, caller.ref().interactionId(), new PlanRaid(caller.guildId(),
                caller.ref(), leader(caller), filled.dungeon(), filled.days(), filled.times(), filled.group(), note),
                Ack.REPLY);
    }

    private static String leader(community.platform.gateway.interaction.Caller caller) {
        return caller.displayName() == null ? null : caller.displayName().substring(0,
                Math.min(MAX_OPTION, caller.displayName().length()));
    }

    private static String templateName(String typed) {
        if (typed == null) {
            return null;
        }
        String name = typed.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return name.matches(TemplateFormId.NAME) ? name : null;
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
