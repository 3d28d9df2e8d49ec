package community.platform.moderation.escalation;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.discord.SendInteractionFollowup;
import community.platform.contracts.moderation.CastModVote;
import community.platform.contracts.moderation.ConfigureModeration;
import community.platform.contracts.moderation.OpenEscalation;
import community.platform.contracts.moderation.ShowModReport;
import community.platform.contracts.scheduler.CancelTimer;
import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.moderation.escalation.EscalationPolicy.Decision;
import community.platform.moderation.escalation.EscalationPolicy.Effect;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.escalation.EscalationPolicy.Why;
import community.platform.moderation.settings.ModerationSettings;
import community.platform.moderation.settings.ModerationSettings.Settings;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.MessageHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Where state changes: escalations opened, votes counted, the clock's firing, resolutions performed. Everything on
 * {@code moderation.commands}; an escalation's commands and its timer's firing share its key, so they are decided one
 * after another. Answers and Discord actions leave through the outbox in the same transaction.
 */
@Configuration
public class EscalationHandlers {

    static final String OWNER = "moderation";

    private final EscalationRepository escalations;
    private final ModerationSettings settings;
    private final VotingMessage votingMessage;
    private final OutboxWriter outbox;
    private final Clock clock;

    EscalationHandlers(EscalationRepository escalations, ModerationSettings settings, VotingMessage votingMessage,
                       OutboxWriter outbox, Clock clock) {
        this.escalations = escalations;
        this.settings = settings;
        this.votingMessage = votingMessage;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Bean
    public MessageHandler<OpenEscalation> openEscalationHandler() {
        return MessageHandler.of(Topics.MODERATION_COMMANDS, MessageCatalog.OPEN_ESCALATION, this::open);
    }

    @Bean
    public MessageHandler<CastModVote> castModVoteHandler() {
        return MessageHandler.of(Topics.MODERATION_COMMANDS, MessageCatalog.CAST_MOD_VOTE, this::vote);
    }

    @Bean
    public MessageHandler<TimerFired> escalationTimerHandler() {
        return MessageHandler.of(Topics.MODERATION_COMMANDS, MessageCatalog.TIMER_FIRED, this::timer);
    }

    @Bean
    public MessageHandler<ShowModReport> modReportHandler() {
        return MessageHandler.of(Topics.MODERATION_COMMANDS, MessageCatalog.SHOW_MOD_REPORT, this::report);
    }

    @Bean
    public MessageHandler<ConfigureModeration> configureModerationHandler() {
        return MessageHandler.of(Topics.MODERATION_COMMANDS, MessageCatalog.CONFIGURE_MODERATION, this::configure);
    }

    void open(OpenEscalation command, Delivery delivery) {
        long guild = Long.parseLong(command.guildId());
        Settings s = settings.of(guild);
        if (!s.moderates(command.moderator())) {
            reply(command.guildId(), command.interaction(), delivery,
                    DiscordMessage.text("⚠️ Only moderators may escalate a member."));
            return;
        }
        Instant now = now();
        Escalation e = new Escalation(Long.parseLong(command.escalationId()), guild, Long.parseLong(command.memberId()),
                command.messageId() == null ? null : Long.parseLong(command.messageId()), command.reason(),
                Long.parseLong(command.interaction().channelId()), Long.parseLong(command.moderator().userId()), now,
                s.rules(), null, EscalationPolicy.resolvesAt(now, 0, s.rules()), null, null, null);
        if (escalations.insert(e)) {
            armClock(e, e.resolvesAt(), delivery);
            reply(command.guildId(), command.interaction(), delivery,
                    EscalationRenderer.render(e, Map.of(), EnumSet.allOf(Resolution.class), null));
        }
    }

    void vote(CastModVote command, Delivery delivery) {
        Optional<Escalation> found = inGuild(command.escalationId(), command.guildId());
        if (found.isEmpty()) {
            privately(command, delivery, "⚠️ This escalation does not exist in this server.");
            return;
        }
        Escalation e = found.get();
        if (command.interaction().messageId() != null && e.votingMessageId() == null) {
            escalations.votingMessage(e.escalationId(), Long.parseLong(command.interaction().messageId()));
        }
        Settings s = settings.of(e.guildId());
        long moderator = Long.parseLong(command.moderator().userId());
        Map<Long, Resolution> votes = escalations.votes(e.escalationId());
        if (!s.moderates(command.moderator())) {
            privately(command, delivery, "⚠️ Only moderators may vote on escalations.");
            return;
        }
        if (e.resolved()) {
            privately(command, delivery, "This escalation is resolved: " + EscalationRenderer.label(e.resolution()) + ".");
            show(e, command.interaction(), delivery, votes, Set.of());
            return;
        }
        Instant now = now();
        if (!e.resolvesAt().isAfter(now)) {
            // the clock ran out before this click: its firing is on the way, resolve as it would
            Escalation done = resolveAtClock(e, s, votes, now, delivery);
            privately(command, delivery, "This escalation is resolved: " + EscalationRenderer.label(done.resolution())
                    + ".");
            show(done, command.interaction(), delivery, votes, Set.of());
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
            escalations.putVote(e.escalationId(), moderator, clicked, now);
            votes.put(moderator, clicked);
        }
        switch (EscalationPolicy.afterVote(votes, e.rules().quorum(), e.openedAt(), e.rules(), now)) {
            case Decision.Resolved r -> {
                cancelClock(e, delivery);
                Escalation done = resolve(e, s, r.resolution(), r.why(), now, delivery);
                show(done, command.interaction(), delivery, votes, Set.of());
            }
            case Decision.Open open -> {
                if (!open.resolvesAt().equals(e.resolvesAt())) {
                    escalations.resolvesAt(e.escalationId(), open.resolvesAt());
                    armClock(e, open.resolvesAt(), delivery);
                }
                show(withResolvesAt(e, open.resolvesAt()), command.interaction(), delivery, votes, open.enabled());
            }
        }
    }

    void timer(TimerFired fired, Delivery delivery) {
        if (!fired.owner().equals(OWNER) || !fired.timerId().startsWith("escalation-")) {
            return;
        }
        Optional<Escalation> found = inGuild(fired.entityKey(), fired.guildId());
        if (found.isEmpty() || found.get().resolved()) {
            return; // resolved meanwhile
        }
        Escalation e = found.get();
        Instant now = now();
        if (!fired.dueAt().equals(e.resolvesAt()) && e.resolvesAt().isAfter(now)) {
            return; // a firing of a clock that was moved later since
        }
        Escalation done = resolveAtClock(e, settings.of(e.guildId()), escalations.votes(e.escalationId()), now,
                delivery);
        votingMessage.showResolved(done, delivery, "show");
    }

    /** The clock ran out: the leader, a tie broken by the guild's rule, or no votes (track). */
    private Escalation resolveAtClock(Escalation e, Settings s, Map<Long, Resolution> votes, Instant now,
                                      Delivery delivery) {
        Decision.Resolved r = EscalationPolicy.atTimeout(votes, e.rules());
        return resolve(e, s, r.resolution(), r.why(), now, delivery);
    }

    /**
     * Resolves once: logs the case and asks Discord for the action, with the escalation id in the audit-log reason. The
     * case says what Discord did only once the gateway reports it ({@link #actionPerformed}, {@link #actionRefused}).
     */
    private Escalation resolve(Escalation e, Settings s, Resolution resolution, Why why, Instant now,
                               Delivery delivery) {
        CaseAction action = CaseAction.of(e, s, resolution, why);
        UUID actionId = action.request() == null ? null : outbox.appendAction(delivery, "action", action.request());
        escalations.resolve(e, resolution, why, action, actionId, now);
        if (resolution == Resolution.WARNING) {
            escalateAfterWarnings(e, s, now, delivery);
        }
        return new Escalation(e.escalationId(), e.guildId(), e.memberId(), e.messageId(), e.reason(), e.channelId(),
                e.openedBy(), e.openedAt(), e.rules(), e.votingMessageId(), e.resolvesAt(), resolution, why, now);
    }

    /** The guild's setting: N warnings within the period open an escalation by themselves. */
    private void escalateAfterWarnings(Escalation warned, Settings s, Instant now, Delivery delivery) {
        if (s.warningsToEscalate() == 0 || escalations.openFor(warned.guildId(), warned.memberId())
                || escalations.warningsSince(warned.guildId(), warned.memberId(),
                now.minus(Duration.ofDays(s.warningsDays()))) < s.warningsToEscalate()) {
            return;
        }
        long id = UUID.nameUUIDFromBytes(("auto|" + warned.escalationId()).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits() & Long.MAX_VALUE;
        Escalation auto = new Escalation(id, warned.guildId(), warned.memberId(), null, s.warningsToEscalate()
                + " warnings within " + s.warningsDays() + " days", warned.channelId(), 0, now, s.rules(), null,
                EscalationPolicy.resolvesAt(now, 0, s.rules()), null, null, null);
        if (escalations.insert(auto)) {
            armClock(auto, auto.resolvesAt(), delivery);
            outbox.appendAction(delivery, "auto-escalation", new SendChannelMessage(Long.toString(warned.guildId()),
                    Long.toString(warned.channelId()), EscalationRenderer.render(auto, Map.of(),
                    EnumSet.allOf(Resolution.class), null)));
        }
    }

    void report(ShowModReport command, Delivery delivery) {
        long guild = Long.parseLong(command.guildId());
        if (!settings.of(guild).moderates(command.moderator())) {
            reply(command.guildId(), command.interaction(), delivery,
                    DiscordMessage.text("⚠️ Only moderators may read the case history."));
            return;
        }
        reply(command.guildId(), command.interaction(), delivery, ModReport.render(Long.parseLong(command.memberId()),
                escalations.ofMember(guild, Long.parseLong(command.memberId())), escalations::votes,
                escalations::caseAction));
    }

    void configure(ConfigureModeration command, Delivery delivery) {
        long guild = Long.parseLong(command.guildId());
        String answer;
        if (!command.moderator().has(ModerationSettings.MANAGE_SERVER)) {
            answer = "⚠️ Only members with Manage Server may change the moderation settings.";
        } else {
            try {
                settings.change(guild, command.setting(), command.value());
                answer = "✅ " + command.setting() + " is now " + command.value() + ".";
            } catch (IllegalArgumentException e) {
                answer = "⚠️ " + e.getMessage();
            }
        }
        reply(command.guildId(), command.interaction(), delivery, DiscordMessage.text(answer));
    }

    /**
     * Platform time in whole milliseconds: the clock's due time travels to the scheduler and back in a firing, and must
     * equal the stored {@code resolves_at} (PostgreSQL keeps microseconds, the clock gives nanoseconds).
     */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private Optional<Escalation> inGuild(String escalationId, String guildId) {
        try {
            return escalations.lockInGuild(Long.parseLong(escalationId), Long.parseLong(guildId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String timerId(Escalation e) {
        return "escalation-" + e.escalationId();
    }

    private void cancelClock(Escalation e, Delivery delivery) {
        outbox.append(delivery.derivedId("cancel-clock"), Topics.SCHEDULER_COMMANDS, OWNER + ":" + timerId(e),
                new CancelTimer(Long.toString(e.guildId()), OWNER, timerId(e)));
    }

    /** (Re)arms the escalation's clock: one scheduler timer per escalation, moved on every vote. */
    private void armClock(Escalation e, Instant at, Delivery delivery) {
        outbox.append(delivery.derivedId("clock"), Topics.SCHEDULER_COMMANDS, OWNER + ":" + timerId(e),
                new ScheduleTimer(Long.toString(e.guildId()), OWNER, timerId(e), Long.toString(e.escalationId()), at,
                        JsonNodeFactory.instance.objectNode()));
    }

    private static Escalation withResolvesAt(Escalation e, Instant at) {
        return new Escalation(e.escalationId(), e.guildId(), e.memberId(), e.messageId(), e.reason(), e.channelId(),
                e.openedBy(), e.openedAt(), e.rules(), e.votingMessageId(), at, e.resolution(), e.why(), e.resolvedAt());
    }

    private void show(Escalation e, InteractionRef interaction, Delivery delivery, Map<Long, Resolution> votes,
                      Set<Resolution> enabled) {
        reply(Long.toString(e.guildId()), interaction, delivery, EscalationRenderer.render(e, votes, enabled,
                e.resolved() ? escalations.caseAction(e.escalationId()).orElse(null) : null));
    }

    private void reply(String guildId, InteractionRef interaction, Delivery delivery, DiscordMessage message) {
        outbox.appendAction(delivery, "reply", new EditInteractionReply(guildId, interaction, message));
    }

    private void privately(CastModVote command, Delivery delivery, String text) {
        outbox.appendAction(delivery, "notice", new SendInteractionFollowup(command.guildId(), command.interaction(),
                true, DiscordMessage.text(text)));
    }
}
