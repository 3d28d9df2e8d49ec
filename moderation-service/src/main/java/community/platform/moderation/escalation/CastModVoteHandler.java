package community.platform.moderation.escalation;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.moderation.CastModVote;
import community.platform.moderation.escalation.EscalationPolicy.Decision;
import community.platform.moderation.escalation.EscalationPolicy.Effect;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.settings.ModerationSettings;
import community.platform.moderation.settings.ModerationSettingsRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code CastModVote}: a moderator casts, changes or withdraws a vote; the vote decides ({@link EscalationPolicy}),
 * resolves at once when its clock moved to now or before, or moves the clock. The clicked message shows the standing.
 */
@Component
class CastModVoteHandler extends TypedHandler<CastModVote> {

    private final EscalationRepository escalations;
    private final ModerationSettingsRepository settings;
    private final EscalationClock clock;
    private final Resolutions resolutions;
    private final OutboxWriter outbox;

    CastModVoteHandler(EscalationRepository escalations, ModerationSettingsRepository settings, EscalationClock clock,
                       Resolutions resolutions, OutboxWriter outbox) {
        super(Topics.MODERATION_COMMANDS, MessageCatalog.CAST_MOD_VOTE);
        this.escalations = escalations;
        this.settings = settings;
        this.clock = clock;
        this.resolutions = resolutions;
        this.outbox = outbox;
    }

    @Override
    public void handle(CastModVote command, Delivery delivery) {
        Optional<Escalation> found = escalations.lockInGuild(command.escalationId(), command.guildId());
        if (found.isEmpty()) {
            privately(command, delivery, "⚠️ This escalation does not exist in this server.");
            return;
        }
        Escalation e = found.get();
        if (command.interaction().messageId() != null && e.votingMessageId() == null) {
            escalations.votingMessage(e.escalationId(), Long.parseLong(command.interaction().channelId()),
                    Long.parseLong(command.interaction().messageId()));
        }
        ModerationSettings s = settings.of(e.guildId());
        long moderator = Long.parseLong(command.moderator().userId());
        Map<Long, Resolution> votes = escalations.votes(e.escalationId());
        if (!s.moderates(command.moderator())) {
            privately(command, delivery, "⚠️ Only moderators may vote on escalations.");
            return;
        }
        if (e.resolved()) {
            privately(command, delivery, "This escalation is resolved: " + EscalationRenderer.label(e.resolution()) + ".");
            show(e, command, delivery, votes, Set.of());
            return;
        }
        Instant now = clock.now();
        if (!e.resolvesAt().isAfter(now)) {
            // the clock ran out before this click: its firing is on the way, resolve as it would
            Escalation done = resolutions.atClock(e, s, votes, now, delivery);
            privately(command, delivery, "This escalation is resolved: " + EscalationRenderer.label(done.resolution())
                    + ".");
            show(done, command, delivery, votes, Set.of());
            return;
        }
        Resolution clicked = Resolution.valueOf(command.resolution());
        if (!EscalationPolicy.mayClick(votes, moderator, clicked, e.rules().quorum(), e.openedAt(), e.rules(), now)) {
            privately(command, delivery, "The vote is tied: only the tied options are open until the tie is broken.");
            return;
        }
        if (EscalationPolicy.effect(votes.get(moderator), clicked) == Effect.WITHDRAWN) {
            escalations.withdraw(e.escalationId(), moderator);
            votes.remove(moderator);
        } else {
            escalations.putVote(e.escalationId(), moderator, command.moderator().name(), clicked, now);
            votes.put(moderator, clicked);
        }
        switch (EscalationPolicy.afterVote(votes, e.rules().quorum(), e.openedAt(), e.rules(), now)) {
            case Decision.Resolved r -> {
                clock.cancel(e, delivery);
                show(resolutions.resolve(e, s, r.resolution(), r.why(), now, delivery), command, delivery, votes,
                        Set.of());
            }
            case Decision.Open open -> {
                if (!open.resolvesAt().equals(e.resolvesAt())) {
                    escalations.resolvesAt(e.escalationId(), open.resolvesAt());
                    clock.arm(e, open.resolvesAt(), delivery);
                }
                show(e.resolvingAt(open.resolvesAt()), command, delivery, votes, open.enabled());
            }
        }
    }

    private void show(Escalation e, CastModVote command, Delivery delivery, Map<Long, Resolution> votes,
                      Set<Resolution> enabled) {
        outbox.reply(delivery, command.guildId(), command.interaction(), EscalationRenderer.render(e, votes, enabled,
                e.resolved() ? escalations.caseAction(e.escalationId()).orElse(null) : null,
                escalations.taken(e.escalationId())));
    }

    private void privately(CastModVote command, Delivery delivery, String text) {
        outbox.privately(delivery, command.guildId(), command.interaction(), text);
    }
}
