package community.platform.moderation.escalation;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.moderation.TakeModAction;
import community.platform.moderation.escalation.EscalationRepository.Taken;
import community.platform.moderation.settings.ModerationSettings;
import community.platform.moderation.settings.ModerationSettingsRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code TakeModAction}: a moderator acts at once on a report (delete the reported message, timeout, restrict, kick,
 * ban) with the reason from the form. Taken once: the escalation's commands are handled one after the other and the
 * case is a conditional insert, so a second moderator acting at the same time is told who already did. The report's
 * message lists the action with who took it; what Discord did (or why it refused) follows on its report.
 */
@Component
class TakeModActionHandler extends TypedHandler<TakeModAction> {

    private final EscalationRepository escalations;
    private final ModerationSettingsRepository settings;
    private final EscalationClock clock;
    private final VotingMessage votingMessage;
    private final OutboxWriter outbox;

    TakeModActionHandler(EscalationRepository escalations, ModerationSettingsRepository settings,
                         EscalationClock clock, VotingMessage votingMessage, OutboxWriter outbox) {
        super(Topics.MODERATION_COMMANDS, MessageCatalog.TAKE_MOD_ACTION);
        this.escalations = escalations;
        this.settings = settings;
        this.clock = clock;
        this.votingMessage = votingMessage;
        this.outbox = outbox;
    }

    @Override
    public void handle(TakeModAction command, Delivery delivery) {
        Optional<Escalation> found = escalations.lockInGuild(command.escalationId(), command.guildId());
        if (found.isEmpty()) {
            privately(command, delivery, "⚠️ This report does not exist in this server.");
            return;
        }
        Escalation e = found.get();
        ModerationSettings s = settings.of(e.guildId());
        ImmediateAction what = ImmediateAction.valueOf(command.action());
        if (!s.moderates(command.moderator())) {
            privately(command, delivery, "⚠️ Only moderators may act on reports (" + what.label().toLowerCase(Locale.ROOT)
                    + "): nothing was done.");
            return;
        }
        if (command.interaction().messageId() != null && e.votingMessageId() == null) {
            escalations.votingMessage(e.escalationId(), Long.parseLong(command.interaction().channelId()),
                    Long.parseLong(command.interaction().messageId()));
        }
        Optional<Taken> already = escalations.taken(e.escalationId()).stream()
                .filter(t -> t.what() == what && t.state() != CaseAction.State.FAILED).findFirst();
        if (already.isPresent()) {
            privately(command, delivery, "Already taken by " + already.get().who() + ": " + already.get().shown());
            return;
        }
        String name = command.moderator().name() != null ? command.moderator().name()
                : "<@" + command.moderator().userId() + ">";
        CaseAction action = CaseAction.immediate(e, s, what, name, command.reason());
        if (action == null) {
            privately(command, delivery, what == ImmediateAction.RESTRICT
                    ? "⚠️ No restrict role is configured (/modsettings restrict-role): nothing was done."
                    : "⚠️ This report names no message to delete.");
            return;
        }
        UUID actionId = outbox.appendAction(delivery, "action", action.request());
        if (!escalations.take(e, what, Long.parseLong(command.moderator().userId()), command.moderator().name(),
                command.reason(), action, actionId, clock.now())) {
            throw new IllegalStateException("the action was taken by another transaction of the same escalation");
        }
        outbox.reply(delivery, command.guildId(), command.interaction(), votingMessage.current(e));
        privately(command, delivery, action.shownAtFirst());
    }

    private void privately(TakeModAction command, Delivery delivery, String text) {
        outbox.privately(delivery, command.guildId(), command.interaction(), text);
    }
}
