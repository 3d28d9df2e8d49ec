package community.platform.gateway.voting;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.SubmitWish;
import community.platform.contracts.voting.ids.WishFormId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.Caller;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.modals.Modal;

/**
 * {@code /wish category text}: a wish for the server's suggestions board; without text it opens a form for a long
 * one. The category is checked by the voting service against the guild's own categories. Answered privately.
 */
public final class WishCommand implements GatewayCommand {

    static final int MAX_TEXT = 1000;
    static final int MAX_FORM_TEXT = 2000;

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("wish", "Wish for something: members vote with 🌟").addOptions(
                new OptionData(OptionType.STRING, "category", "videos, other, channels, or this server's own",
                        true).setMaxLength(32),
                new OptionData(OptionType.STRING, "text", "Your wish (leave it out for a form with room for more)")
                        .setMaxLength(MAX_TEXT)));
    }

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(WishFormId.PREFIX);
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        String category = call.options().key("category", null);
        if (category == null) {
            return Outcome.refuse("Say which category the wish is in.");
        }
        String text = call.options().text("text", MAX_TEXT);
        if (text == null) {
            return new Outcome.OpenForm(Modal.create(new WishFormId(category).format(), "Your wish · " + category)
                    .addComponents(Label.of("What do you wish for?", TextInput.create(WishFormId.TEXT,
                            TextInputStyle.PARAGRAPH).setMaxLength(MAX_FORM_TEXT).setRequired(true).build()))
                    .build());
        }
        return submit(call.caller(), category, text);
    }

    @Override
    public Outcome onForm(Calls.Form call) {
        var form = WishFormId.parse(call.formId());
        if (form.isEmpty()) {
            return Outcome.refuse("This form is not available any more.");
        }
        String text = call.fields().get(WishFormId.TEXT);
        if (text == null || text.isBlank()) {
            return Outcome.refuse("A wish needs some text.");
        }
        if (text.strip().length() > MAX_FORM_TEXT) {
            return Outcome.refuse("A wish may have at most " + MAX_FORM_TEXT + " characters.");
        }
        return submit(call.caller(), form.get().category(), text.strip());
    }

    private static Outcome submit(Caller caller, String category, String text) {
        String name = caller.displayName() == null ? null : caller.displayName().substring(0,
                Math.min(100, caller.displayName().length()));
        return Outcome.send(Topics.VOTING_COMMANDS, SubmitWish.key(caller.guildId()), new SubmitWish(
                caller.guildId(), caller.ref(), category, text, name), Ack.EPHEMERAL_REPLY);
    }
}
