package community.platform.moderation.escalation;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.moderation.settings.ModerationSettingsRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The clock's {@code TimerFired}: an escalation still open when its clock ran out resolves by it; a firing of a clock
 * that was moved later since is ignored (the moved one fires when due).
 */
@Component
class EscalationClockHandler extends TypedHandler<TimerFired> {

    private final EscalationRepository escalations;
    private final ModerationSettingsRepository settings;
    private final EscalationClock clock;
    private final Resolutions resolutions;
    private final VotingMessage votingMessage;

    EscalationClockHandler(EscalationRepository escalations, ModerationSettingsRepository settings,
                           EscalationClock clock, Resolutions resolutions, VotingMessage votingMessage) {
        super(Topics.MODERATION_COMMANDS, MessageCatalog.TIMER_FIRED);
        this.escalations = escalations;
        this.settings = settings;
        this.clock = clock;
        this.resolutions = resolutions;
        this.votingMessage = votingMessage;
    }

    @Override
    public void handle(TimerFired fired, Delivery delivery) {
        if (!fired.owner().equals(EscalationClock.OWNER) || !fired.timerId().startsWith(EscalationClock.TIMER_PREFIX)) {
            return;
        }
        Optional<Escalation> found = escalations.lockInGuild(fired.entityKey(), fired.guildId());
        if (found.isEmpty() || found.get().resolved()) {
            return; // resolved meanwhile
        }
        Escalation e = found.get();
        Instant now = clock.now();
        if (!fired.dueAt().equals(e.resolvesAt()) && e.resolvesAt().isAfter(now)) {
            return; // a firing of a clock that was moved later since
        }
        Escalation done = resolutions.atClock(e, settings.of(e.guildId()), escalations.votes(e.escalationId()), now,
                delivery);
        votingMessage.show(done, delivery, "show");
    }
}
