package community.platform.moderation.escalation;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.PostInThread;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.escalation.EscalationRepository.MemberThread;
import community.platform.moderation.settings.ModerationSettings;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An escalation's message: where it is posted and how it is shown when no click is being answered (the clock ran out,
 * Discord reported what became of an action). With a moderation channel set, each reported member has ONE thread
 * there ({@code member_thread}): the first report asks the gateway to start it, every later report is posted in it
 * (an archived thread reopens), so reports, votes and outcomes of a member are one place to read. Without one, the
 * message is in the channel where the member was reported.
 */
@Component
class VotingMessage {

    private final EscalationRepository escalations;
    private final OutboxWriter outbox;

    VotingMessage(EscalationRepository escalations, OutboxWriter outbox) {
        this.escalations = escalations;
        this.outbox = outbox;
    }

    /** The escalation as its message shows it now: counts, the options open, the outcome, the actions taken. */
    DiscordMessage current(Escalation e) {
        Map<Long, Resolution> votes = escalations.votes(e.escalationId());
        Set<Resolution> enabled = e.resolved() ? Set.of() : EscalationPolicy.enabled(votes, e.rules().quorum());
        return EscalationRenderer.render(e, votes, enabled, e.resolved()
                ? escalations.caseAction(e.escalationId()).orElse(null) : null, escalations.taken(e.escalationId()));
    }

    /**
     * Shows the escalation as it is now: its message edited, or, while the message is not known (nobody clicked it and
     * the gateway has not reported the post yet), posted again.
     *
     * @param outcome names this show among the outcomes of the message being handled
     */
    void show(Escalation e, Delivery delivery, String outcome) {
        DiscordMessage shown = current(e);
        if (e.votingMessageId() != null) {
            outbox.appendAction(delivery, outcome, new EditChannelMessage(Long.toString(e.guildId()),
                    Long.toString(e.shownIn()), Long.toString(e.votingMessageId()), shown));
        } else {
            post(e, null, null, shown, delivery, outcome);
        }
    }

    /**
     * Posts the escalation's message: in the member's thread when they have one or the guild has a moderation channel,
     * else in the channel where it was reported. The gateway's report of the post says where it is.
     *
     * @param s          the guild's settings, or null to read the member's thread only
     * @param memberName the member's name as reported (names a new thread), if known
     * @return the thread the message goes to (null when in the channel)
     */
    MemberThread post(Escalation e, ModerationSettings s, String memberName, DiscordMessage shown, Delivery delivery,
                      String outcome) {
        String guild = Long.toString(e.guildId());
        MemberThread thread = escalations.threadOf(e.guildId(), e.memberId()).orElse(null);
        if (thread == null && s != null && s.modChannel() != null) {
            thread = escalations.thread(e.guildId(), e.memberId(), s.modChannel(), threadName(memberName,
                    e.memberId()));
        }
        UUID action;
        if (thread == null) {
            action = outbox.appendAction(delivery, outcome, new SendChannelMessage(guild, Long.toString(e.channelId()),
                    shown, true, java.util.List.of()));
        } else {
            action = outbox.appendAction(delivery, outcome, new PostInThread(guild,
                    Long.toString(thread.parentChannelId()), thread.threadId() == null ? null
                    : Long.toString(thread.threadId()), thread.name(), DiscordMessage.text("📁 Reports on "
                    + (memberName != null ? "**" + memberName + "** (<@" + e.memberId() + ">)" : "<@" + e.memberId()
                    + ">") + ": every report, vote and outcome in this thread."), shown));
        }
        escalations.postedBy(e.escalationId(), action);
        return thread;
    }

    /** "Reports · Spammer (1300000000000000666)": the name is as reported, the id keeps it one per member. */
    static String threadName(String memberName, long memberId) {
        String suffix = " (" + memberId + ")";
        String name = memberName == null || memberName.isBlank() ? "member" : memberName.strip();
        int room = PostInThread.MAX_NAME - "Reports · ".length() - suffix.length();
        return "Reports · " + (name.length() > room ? name.substring(0, room) : name) + suffix;
    }
}
