package community.platform.gateway.voting;

import community.platform.contracts.voting.ids.ProposalFormId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.modals.Modal;

/** {@code /propose}: a form for a proposal with details; its submission opens the proposal as {@code /proposal} does. */
public final class ProposeCommand implements GatewayCommand {

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("propose", "Write a proposal in a form"));
    }

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(ProposalFormId.PREFIX);
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        return new Outcome.OpenForm(Modal.create(new ProposalFormId().format(), "New proposal").addComponents(
                Label.of("Title", TextInput.create(ProposalFormId.TITLE, TextInputStyle.SHORT)
                        .setMaxLength(ProposalCommand.MAX_TITLE).setRequired(true).build()),
                Label.of("Details", TextInput.create(ProposalFormId.DETAILS, TextInputStyle.PARAGRAPH)
                        .setMaxLength(ProposalCommand.MAX_DETAILS).setRequired(false).build()),
                Label.of("Options, one per line (empty: Yes and No)", TextInput.create(ProposalFormId.OPTIONS,
                        TextInputStyle.PARAGRAPH).setMaxLength(ProposalCommand.MAX_OPTIONS_TEXT).setRequired(false)
                        .build()),
                Label.of("Hours it runs (empty: the server's default)", TextInput.create(ProposalFormId.HOURS,
                        TextInputStyle.SHORT).setMaxLength(3).setRequired(false).build()))
                .build());
    }

    @Override
    public Outcome onForm(Calls.Form call) {
        if (ProposalFormId.parse(call.formId()).isEmpty()) {
            return Outcome.refuse("This form is not available any more.");
        }
        String hours = call.fields().get(ProposalFormId.HOURS);
        Long parsedHours;
        try {
            parsedHours = hours == null || hours.isBlank() ? null : Long.valueOf(hours.trim());
        } catch (NumberFormatException e) {
            return Outcome.refuse("Hours must be a whole number between " + ProposalCommand.MIN_HOURS + " and "
                    + ProposalCommand.MAX_HOURS + ".");
        }
        String details = call.fields().get(ProposalFormId.DETAILS);
        details = details == null ? null : details.strip();
        String options = call.fields().get(ProposalFormId.OPTIONS);
        if (options != null && options.length() > ProposalCommand.MAX_OPTIONS_TEXT) {
            return Outcome.refuse("Options may have at most " + ProposalCommand.MAX_OPTIONS_TEXT + " characters.");
        }
        return ProposalCommand.open(call.caller(), new ProposalCommand.Draft(call.fields().get(ProposalFormId.TITLE),
                details == null || details.isEmpty() ? null : details, options, null, parsedHours, null, false,
                false, null, false), "\\R");
    }
}
