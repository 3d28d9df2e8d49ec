package community.platform.gateway.moderation;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.moderation.CastModVote;
import community.platform.contracts.moderation.ConfigureModeration;
import community.platform.contracts.moderation.Moderator;
import community.platform.contracts.moderation.OpenEscalation;
import community.platform.contracts.moderation.ShowModReport;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.context.MessageContextInteraction;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;

/**
 * Moderators deciding together: {@code /escalate member [reason] [message]}, the message command "Escalate" (on a
 * message: its author is escalated), a report's Escalate button
 * ({@code moderation:escalate:<memberId>:<messageId or ->}: each click opens a new vote), the vote buttons
 * ({@code moderation:vote:<escalationId>:<resolution>}), {@code /modreport member}, {@code /modsettings setting value}.
 * Who may moderate is the moderation service's guild setting: the gateway passes the clicker's roles and permissions.
 */
public final class ModerationCommand implements GatewayCommand {

    static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");
    static final Set<String> RESOLUTIONS = Set.of("TRACK", "WARNING", "TIMEOUT", "RESTRICT", "KICK", "BAN");
    static final int MAX_REASON = 500;

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(
                Commands.slash("escalate", "Ask the moderators to decide on a member")
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MODERATE_MEMBERS))
                        .addOptions(new OptionData(OptionType.USER, "member", "Who", true),
                                new OptionData(OptionType.STRING, "reason", "Why").setMaxLength(MAX_REASON),
                                new OptionData(OptionType.STRING, "message", "Id of the reported message")
                                        .setMaxLength(20)),
                Commands.slash("modreport", "A member's escalations, votes and resolutions")
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MODERATE_MEMBERS))
                        .addOptions(new OptionData(OptionType.USER, "member", "Who", true)),
                Commands.slash("modsettings", "Change a moderation setting")
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                        .addOptions(new OptionData(OptionType.STRING, "setting", "quorum, base-hours, hours-per-vote,"
                                        + " tie-break, moderator-role, timeout-minutes, restrict-role, ...", true)
                                        .setMaxLength(40),
                                new OptionData(OptionType.STRING, "value", "The new value", true).setMaxLength(100)));
    }

    @Override
    public List<CommandData> messageCommands() {
        return List.of(Commands.message("Escalate")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MODERATE_MEMBERS)));
    }

    /** "Escalate" on a message: its author is escalated, the message reported. */
    @Override
    public Outcome onMessageCommand(MessageContextInteraction interaction, InteractionRef ref) {
        var target = interaction.getTarget();
        if (target.getAuthor().isBot() || target.getAuthor().isSystem()) {
            return Outcome.refuse("Messages of bots and of Discord cannot be escalated.");
        }
        return open(interaction.getGuild().getId(), target.getAuthor().getId(), target.getId(), null,
                moderator(interaction.getMember(), ref), ref);
    }

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(OpenEscalation.CUSTOM_ID_PREFIX, CastModVote.CUSTOM_ID_PREFIX);
    }

    static Moderator moderator(Member member, InteractionRef ref) {
        if (member == null) {
            return new Moderator(ref.userId(), List.of(), "0");
        }
        return new Moderator(ref.userId(), member.getRoles().stream().map(ISnowflake::getId).toList(),
                Long.toString(Permission.getRaw(member.getPermissions())));
    }

    @Override
    public Outcome onSlash(SlashCommandInteraction interaction, InteractionRef ref) {
        String guild = interaction.getGuild().getId();
        Moderator moderator = moderator(interaction.getMember(), ref);
        if (interaction.getName().equals("modsettings")) {
            OptionMapping setting = interaction.getOption("setting");
            OptionMapping value = interaction.getOption("value");
            if (setting == null || value == null || value.getAsString().isBlank()) {
                return Outcome.refuse("A setting and a value are needed.");
            }
            String name = setting.getAsString().strip().toLowerCase(Locale.ROOT);
            if (!name.matches("[a-z][a-z-]{1,40}") || value.getAsString().length() > 100) {
                return Outcome.refuse("Settings are named like quorum or base-hours; values have at most 100 characters.");
            }
            return Outcome.send(Topics.MODERATION_COMMANDS, guild + ":settings", new ConfigureModeration(guild, name,
                    value.getAsString().strip(), moderator, ref), Ack.EPHEMERAL_REPLY);
        }
        String member = snowflake(interaction.getOption("member"));
        if (member == null) {
            return Outcome.refuse("member must be a member of this server.");
        }
        return switch (interaction.getName()) {
            case "escalate" -> {
                OptionMapping reason = interaction.getOption("reason");
                OptionMapping message = interaction.getOption("message");
                String messageId = message == null ? null : snowflake(message);
                if (message != null && messageId == null) {
                    yield Outcome.refuse("message must be a message id (digits).");
                }
                String text = reason == null ? null : reason.getAsString().strip();
                if (text != null && text.length() > MAX_REASON) {
                    yield Outcome.refuse("A reason may have at most " + MAX_REASON + " characters.");
                }
                yield open(guild, member, messageId, text == null || text.isEmpty() ? null : text, moderator, ref);
            }
            case "modreport" -> Outcome.send(Topics.MODERATION_COMMANDS, guild + ":" + member,
                    new ShowModReport(guild, member, moderator, ref), Ack.EPHEMERAL_REPLY);
            default -> Outcome.refuse("This command is not available.");
        };
    }

    private static Outcome open(String guild, String member, String messageId, String reason, Moderator moderator,
                                InteractionRef ref) {
        String escalationId = ref.interactionId();
        return Outcome.send(Topics.MODERATION_COMMANDS, escalationId, new OpenEscalation(guild, escalationId, member,
                messageId, reason, moderator, ref), Ack.REPLY);
    }

    @Override
    public Outcome onComponent(List<String> customId, ComponentInteraction interaction, InteractionRef ref) {
        String guild = interaction.getGuild().getId();
        Moderator moderator = moderator(interaction.getMember(), ref);
        if (customId.get(1).equals("escalate")) {
            if (customId.size() != 4 || !SNOWFLAKE.matcher(customId.get(2)).matches()
                    || !(customId.get(3).equals("-") || SNOWFLAKE.matcher(customId.get(3)).matches())) {
                return Outcome.refuse("This button is not recognised.");
            }
            return open(guild, customId.get(2), customId.get(3).equals("-") ? null : customId.get(3), null, moderator,
                    ref);
        }
        if (customId.size() != 4 || !SNOWFLAKE.matcher(customId.get(2)).matches()
                || !RESOLUTIONS.contains(customId.get(3).toUpperCase(Locale.ROOT))) {
            return Outcome.refuse("This button is not recognised.");
        }
        return Outcome.send(Topics.MODERATION_COMMANDS, customId.get(2), new CastModVote(guild, customId.get(2),
                customId.get(3).toUpperCase(Locale.ROOT), moderator, ref), Ack.UPDATE);
    }

    private static String snowflake(OptionMapping option) {
        if (option == null) {
            return null;
        }
        String id = option.getAsString().strip();
        return SNOWFLAKE.matcher(id).matches() ? id : null;
    }
}
