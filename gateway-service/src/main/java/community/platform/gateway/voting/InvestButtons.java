package community.platform.gateway.voting;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.InvestTokens;
import community.platform.contracts.voting.ids.InvestId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Set;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * A campaign scenario's "Invest tokens" button ({@link InvestId}), on the ballot sent by DM: it opens a form asking how
 * many tokens; the form's submission invests them ({@code InvestTokens}, keyed by the scenario), answered to the member
 * alone. Works in the bot's DMs: the scenario names the guild, never the DM.
 */
public final class InvestButtons implements GatewayCommand {

    static final int MAX_TOKENS = 1_000_000;

    @Override
    public boolean acceptsDirect() {
        return true;
    }

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(InvestId.PREFIX, InvestId.FORM_PREFIX);
    }

    @Override
    public Outcome onComponent(Calls.Component call) {
        return Outcome.ifRecognised(InvestId.parse(call.customId()), id -> new Outcome.OpenForm(
                Modal.create(id.formId(), "Invest tokens").addComponents(Label.of("Tokens to invest",
                        TextInput.create(InvestId.TOKENS, TextInputStyle.SHORT).setMinLength(1).setMaxLength(7)
                                .setPlaceholder("a whole number").setRequired(true).build())).build()));
    }

    @Override
    public Outcome onForm(Calls.Form call) {
        var id = InvestId.parseForm(call.formId());
        if (id.isEmpty()) {
            return Outcome.refuse("This form is not available any more.");
        }
        String raw = call.fields().getOrDefault(InvestId.TOKENS, "").strip();
        int tokens;
        try {
            tokens = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            return Outcome.refuse("Tokens are a whole number, such as 3; '" + raw + "' is not.");
        }
        if (tokens < 1 || tokens > MAX_TOKENS) {
            return Outcome.refuse("Invest 1 to " + MAX_TOKENS + " tokens.");
        }
        return Outcome.send(Topics.VOTING_COMMANDS, id.get().scenarioId(), new InvestTokens(call.caller().guildId(),
                id.get().scenarioId(), tokens, call.caller().ref(), call.caller().roleIds()), Ack.EPHEMERAL_REPLY);
    }
}
