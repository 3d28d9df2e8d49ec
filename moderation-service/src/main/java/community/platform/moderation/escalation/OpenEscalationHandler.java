package community.platform.moderation.escalation;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.moderation.OpenEscalation;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.settings.ModerationSettings;
import community.platform.moderation.settings.ModerationSettingsRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Instant;
import community.platform.moderation.escalation.EscalationRepository.MemberThread;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code OpenEscalation}: a moderator opens a vote on a member; its clock is armed. The reply is the vote message, or,
 * when the guild has a moderation channel, the vote message goes into the member's thread there and the reply says
 * where.
 */
@Component
class OpenEscalationHandler extends TypedHandler<OpenEscalation> {

    private final EscalationRepository escalations;
    private final ModerationSettingsRepository settings;
    private final EscalationClock clock;
    private final VotingMessage votingMessage;
    private final OutboxWriter outbox;

    OpenEscalationHandler(EscalationRepository escalations, ModerationSettingsRepository settings,
                          EscalationClock clock, VotingMessage votingMessage, OutboxWriter outbox) {
        super(Topics.MODERATION_COMMANDS, MessageCatalog.OPEN_ESCALATION);
        this.escalations = escalations;
        this.settings = settings;
        this.clock = clock;
        this.votingMessage = votingMessage;
        this.outbox = outbox;
    }

    @Override
    public void handle(OpenEscalation command, Delivery delivery) {
        long guild = Long.parseLong(command.guildId());
        ModerationSettings s = settings.of(guild);
        if (!s.moderates(command.moderator())) {
            outbox.reply(delivery, command.guildId(), command.interaction(),
                    DiscordMessage.text("⚠️ Only moderators may escalate a member."));
            return;
        }
        Instant now = clock.now();
        Escalation e = new Escalation(Long.parseLong(command.escalationId()), guild, Long.parseLong(command.memberId()),
                command.messageId() == null ? null : Long.parseLong(command.messageId()), command.reason(),
                Long.parseLong(command.interaction().channelId()), Long.parseLong(command.moderator().userId()), now,
                s.rules(), null, EscalationPolicy.resolvesAt(now, 0, s.rules()), null, null, null, null);
        if (!escalations.insert(e)) {
            return;
        }
        clock.arm(e, e.resolvesAt(), delivery);
        DiscordMessage shown = EscalationRenderer.render(e, Map.of(), EnumSet.allOf(Resolution.class), null, List.of());
        Optional<MemberThread> thread = votingMessage.thread(e, s, command.memberName());
        if (thread.isEmpty()) {
            escalations.postedBy(e.escalationId(), outbox.reply(delivery, command.guildId(), command.interaction(),
                    shown, true));
            return;
        }
        votingMessage.post(e, thread, command.memberName(), shown, delivery, "report");
        MemberThread t = thread.get();
        outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("🚨 Escalation "
                + e.escalationId() + ": <@" + e.memberId() + "> is reported to the moderators"
                + (t.threadId() != null ? " in <#" + t.threadId() + ">." : " in <#" + t.parentChannelId()
                + ">, in the member's thread.")));
    }
}
