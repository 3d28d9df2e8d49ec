package community.platform.gateway.voting;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.voting.CastBallot;
import community.platform.contracts.voting.OpenProposal;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/**
 * Proposals members vote on: {@code /proposal title hours} opens one at once, {@code /propose} opens a form first;
 * the ballot buttons ({@code voting:ballot:<proposalId>:<choice>}) cast, change or withdraw a vote. Everything a
 * member can type is checked here again (Discord checks the declared ranges, a forged interaction does not).
 */
public final class ProposalCommand implements GatewayCommand {

    public static final int MAX_TITLE = 100;
    public static final int MAX_DETAILS = 1000;
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 168;
    public static final int DEFAULT_HOURS = 24;
    static final String FORM = "voting:propose";

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(
                Commands.slash("proposal", "Open a proposal the server votes on")
                        .addOptions(new OptionData(OptionType.STRING, "title", "What is being decided", true)
                                        .setMaxLength(MAX_TITLE),
                                new OptionData(OptionType.INTEGER, "hours", "How long the vote runs (default 24)")
                                        .setRequiredRange(MIN_HOURS, MAX_HOURS)),
                Commands.slash("propose", "Write a proposal in a form"));
    }

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(FORM, CastBallot.CUSTOM_ID_PREFIX);
    }

    @Override
    public Outcome onSlash(SlashCommandInteraction interaction, InteractionRef ref) {
        if (interaction.getName().equals("propose")) {
            return new Outcome.OpenForm(Modal.create(FORM, "New proposal").addComponents(
                    Label.of("Title", TextInput.create("title", TextInputStyle.SHORT).setMaxLength(MAX_TITLE)
                            .setRequired(true).build()),
                    Label.of("Details", TextInput.create("details", TextInputStyle.PARAGRAPH)
                            .setMaxLength(MAX_DETAILS).setRequired(false).build()),
                    Label.of("Hours the vote runs", TextInput.create("hours", TextInputStyle.SHORT)
                            .setValue(Integer.toString(DEFAULT_HOURS)).setMaxLength(3).setRequired(true).build()))
                    .build());
        }
        OptionMapping title = interaction.getOption("title");
        OptionMapping hours = interaction.getOption("hours");
        if (hours != null && hours.getType() != OptionType.INTEGER) {
            return Outcome.refuse("hours must be a whole number.");
        }
        return open(ref, interaction.getGuild().getId(), title == null ? null : title.getAsString(), null,
                hours == null ? DEFAULT_HOURS : hours.getAsLong());
    }

    @Override
    public Outcome onModal(List<String> customId, ModalInteraction interaction, InteractionRef ref) {
        ModalMapping title = interaction.getValue("title");
        ModalMapping details = interaction.getValue("details");
        ModalMapping hours = interaction.getValue("hours");
        long parsedHours;
        try {
            parsedHours = hours == null ? DEFAULT_HOURS : Long.parseLong(hours.getAsString().trim());
        } catch (NumberFormatException e) {
            return Outcome.refuse("Hours must be a whole number between " + MIN_HOURS + " and " + MAX_HOURS + ".");
        }
        String text = details == null ? null : details.getAsString().strip();
        return open(ref, interaction.getGuild().getId(), title == null ? null : title.getAsString(),
                text == null || text.isEmpty() ? null : text, parsedHours);
    }

    private static Outcome open(InteractionRef ref, String guildId, String title, String details, long hours) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            return Outcome.refuse("A proposal needs a title of 1 to " + MAX_TITLE + " characters.");
        }
        if (details != null && details.length() > MAX_DETAILS) {
            return Outcome.refuse("Details may have at most " + MAX_DETAILS + " characters.");
        }
        if (hours < MIN_HOURS || hours > MAX_HOURS) {
            return Outcome.refuse("A vote runs between " + MIN_HOURS + " and " + MAX_HOURS + " hours.");
        }
        String proposalId = ref.interactionId();
        return Outcome.send(Topics.VOTING_COMMANDS, proposalId,
                new OpenProposal(guildId, proposalId, cleanTitle, details, (int) hours, ref), Ack.REPLY);
    }

    @Override
    public Outcome onComponent(List<String> customId, ComponentInteraction interaction, InteractionRef ref) {
        if (customId.size() != 4 || !customId.get(2).matches("[0-9]{1,20}")) {
            return Outcome.refuse("This button is not recognised.");
        }
        CastBallot.Choice choice;
        try {
            choice = CastBallot.Choice.valueOf(customId.get(3).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Outcome.refuse("This button is not recognised.");
        }
        String proposalId = customId.get(2);
        return Outcome.send(Topics.VOTING_COMMANDS, proposalId,
                new CastBallot(interaction.getGuild().getId(), proposalId, choice, ref), Ack.UPDATE);
    }
}
