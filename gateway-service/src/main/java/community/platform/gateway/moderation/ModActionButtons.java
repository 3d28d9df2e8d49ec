package community.platform.gateway.moderation;

import community.platform.contracts.Topics;
import community.platform.contracts.moderation.TakeModAction;
import community.platform.contracts.moderation.ids.ModActionId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * A report's immediate-action buttons ({@link ModActionId}: delete the reported message, timeout, restrict, kick, ban):
 * each opens a form asking for the reason; its submission takes the action ({@code TakeModAction}, keyed by the
 * escalation, so two moderators at once make one action) and updates the report's message. Who may is the moderation
 * service's guild setting, checked there.
 */
public final class ModActionButtons implements GatewayCommand {

    /** The reason's longest text: it goes into Discord's audit log (512) after "Escalation <id>: ban by <name> - ". */
    static final int MAX_REASON = 400;

    private static final Map<String, String> TITLES = Map.of("DELETE_MESSAGE", "Delete the reported message",
            "TIMEOUT", "Time the member out now", "RESTRICT", "Restrict the member now", "KICK", "Kick the member now",
            "BAN", "Ban the member now");

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(ModActionId.PREFIX, ModActionId.FORM_PREFIX);
    }

    @Override
    public Outcome onComponent(Calls.Component call) {
        return Outcome.ifRecognised(ModActionId.parse(call.customId()), id -> new Outcome.OpenForm(
                Modal.create(id.formId(), TITLES.get(id.action())).addComponents(Label.of("Reason (for the case log)",
                        TextInput.create(ModActionId.REASON, TextInputStyle.PARAGRAPH).setMinLength(1)
                                .setMaxLength(MAX_REASON).setRequired(true).build())).build()));
    }

    @Override
    public Outcome onForm(Calls.Form call) {
        var id = ModActionId.parseForm(call.formId());
        if (id.isEmpty()) {
            return Outcome.refuse("This form is not available any more.");
        }
        String reason = call.fields().getOrDefault(ModActionId.REASON, "").strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            return Outcome.refuse("A reason of 1 to " + MAX_REASON + " characters is needed for the case log.");
        }
        return Outcome.send(Topics.MODERATION_COMMANDS, id.get().escalationId(), new TakeModAction(
                call.caller().guildId(), id.get().escalationId(), id.get().action().toUpperCase(Locale.ROOT), reason,
                Moderators.of(call.caller()), call.caller().ref()), Ack.UPDATE);
    }
}
