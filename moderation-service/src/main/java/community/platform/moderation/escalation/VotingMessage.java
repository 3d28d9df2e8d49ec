package community.platform.moderation.escalation;

import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.PostInThread;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.escalation.EscalationRepository.MemberThread;
import community.platform.moderation.settings.ModerationSettings;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
            post(e, thread(e, null, null), null, shown, delivery, outcome);
        }
    }

    /**
     * Where the escalation's message goes: the member's thread when they have one, else a thread asked for in the
     * guild's moderation channel; empty when the guild has none (the message stays where the member was reported).
     *
     * @param s          the guild's settings, or null to take the member's thread only
     * @param memberName the member's name as reported (names a new thread), if known
     */
    Optional<MemberThread> thread(Escalation e, ModerationSettings s, String memberName) {
        Optional<MemberThread> thread = escalations.threadOf(e.guildId(), e.memberId());
        if (thread.isEmpty() && s != null && s.modChannel() != null) {
            thread = Optional.of(escalations.thread(e.guildId(), e.memberId(), s.modChannel(),
                    threadName(memberName, e.memberId())));
        }
        return thread;
    }

    /**
     * Posts the escalation's message in {@code thread}, or in the channel where it was reported when there is none.
     * The gateway's report of the post says where it is.
     */
    void post(Escalation e, Optional<MemberThread> thread, String memberName, DiscordMessage shown, Delivery delivery,
              String outcome) {
        String guild = Long.toString(e.guildId());
        DiscordAction post;
        if (thread.isPresent()) {
            MemberThread t = thread.get();
            DiscordMessage starter = DiscordMessage.text("📁 Reports on " + (memberName != null ? "**" + memberName
                    + "** (<@" + e.memberId() + ">)" : "<@" + e.memberId() + ">")
                    + ": every report, vote and outcome in this thread.");
            post = new PostInThread(guild, Long.toString(t.parentChannelId()), t.threadId() == null ? null
                    : Long.toString(t.threadId()), t.name(), starter, shown);
        } else {
            post = new SendChannelMessage(guild, Long.toString(e.channelId()), shown, true, List.of());
        }
        escalations.postedBy(e.escalationId(), outbox.appendAction(delivery, outcome, post));
    }

    /** "Reports · Spammer (1300000000000000666)": the name is as reported, the id keeps it one per member. */
    static String threadName(String memberName, long memberId) {
        String suffix = " (" + memberId + ")";
        String name = memberName == null || memberName.isBlank() ? "member" : memberName.strip();
        int room = PostInThread.MAX_NAME - "Reports · ".length() - suffix.length();
        return "Reports · " + (name.length() > room ? name.substring(0, room) : name) + suffix;
    }
}
