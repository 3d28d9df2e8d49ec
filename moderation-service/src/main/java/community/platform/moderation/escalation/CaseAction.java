package community.platform.moderation.escalation;

import community.platform.contracts.discord.DeleteChannelMessage;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.ModerateMember;
import community.platform.contracts.discord.SendDirectMessage;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.escalation.EscalationPolicy.Why;
import community.platform.moderation.settings.ModerationSettings;
import java.time.Duration;
import java.util.Locale;

/**
 * What a resolution asks of Discord, and what the case says while Discord has not answered, once it did it, and when
 * it refused. Pure: the handler writes the request to the outbox and records the texts; the gateway's report of the
 * outcome picks the text the case shows.
 *
 * @param request the Discord action, or null when the resolution asks nothing of Discord
 * @param pending what the case says until Discord answers (a request whose outcome is reported), else the outcome
 * @param done    what the case says once Discord did it
 */
record CaseAction(DiscordAction request, String pending, String done) {

    /** The case's state: no action, waiting for Discord, done, refused. */
    enum State { NONE, PENDING, DONE, FAILED }

    State initialState() {
        if (request == null) {
            return State.NONE;
        }
        return request.reportsOutcome() ? State.PENDING : State.DONE;
    }

    /** What the case shows right after the resolution. */
    String shownAtFirst() {
        return initialState() == State.PENDING ? "⏳ " + pending : done;
    }

    /** What the case shows when Discord refused the action ({@code label}: "Ban", "Delete message"). */
    static String failed(String label, String reason) {
        return "⚠️ " + label + " failed: " + reason + ".";
    }

    /**
     * What a moderator's immediate action asks of Discord, with who took it and why in the audit-log reason; null when
     * it cannot be taken (no restrict role configured, no reported message).
     */
    static CaseAction immediate(Escalation e, ModerationSettings s, ImmediateAction what, String by, String why) {
        String reason = auditReason("Escalation " + e.escalationId() + ": " + what.label().toLowerCase(Locale.ROOT)
                + " by " + by + (why == null ? "" : " - " + why));
        if (what == ImmediateAction.DELETE_MESSAGE) {
            return e.messageId() == null ? null : new CaseAction(new DeleteChannelMessage(Long.toString(e.guildId()),
                    Long.toString(e.channelId()), Long.toString(e.messageId()), reason, true),
                    "Deleting the reported message: waiting for Discord.", "Reported message deleted.");
        }
        if (what == ImmediateAction.RESTRICT && s.restrictRole() == null) {
            return null;
        }
        return forResolution(e, s, what.resolution(), reason);
    }

    /** Discord's longest audit-log reason. */
    static final int AUDIT_REASON = 512;

    /** The reason as Discord's audit log takes it: cut to its longest, marked as cut. */
    private static String auditReason(String reason) {
        return reason.length() > AUDIT_REASON ? reason.substring(0, AUDIT_REASON - 1) + "…" : reason;
    }

    static CaseAction of(Escalation e, ModerationSettings s, Resolution resolution, Why why) {
        return forResolution(e, s, resolution, auditReason("Escalation " + e.escalationId() + ": "
                + EscalationRenderer.label(resolution) + " (" + why.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ")" + (e.reason() == null ? "" : " - " + e.reason())));
    }

    private static CaseAction forResolution(Escalation e, ModerationSettings s, Resolution resolution, String reason) {
        String guild = Long.toString(e.guildId());
        String member = Long.toString(e.memberId());
        return switch (resolution) {
            case TRACK -> new CaseAction(null, null, "Recorded, no action.");
            case WARNING -> new CaseAction(new SendDirectMessage(guild, member, DiscordMessage.text(
                    "⚠️ You received a warning from the moderators" + (e.reason() == null ? "." : ": " + e.reason())
                            + " (escalation " + e.escalationId() + ")"), Long.toString(e.channelId())), null,
                    "Warned by direct message (in the channel if DMs are closed).");
            case TIMEOUT -> new CaseAction(new ModerateMember(guild, member, ModerateMember.Kind.TIMEOUT, null,
                    Duration.ofMinutes(s.timeoutMinutes()).toSeconds(), reason),
                    "Timing out for " + s.timeoutMinutes() + " minutes: waiting for Discord.",
                    "Timed out for " + s.timeoutMinutes() + " minutes.");
            case RESTRICT -> s.restrictRole() == null
                    ? new CaseAction(null, null, "No restrict role is configured (/modsettings restrict-role): "
                    + "recorded only.")
                    : new CaseAction(new ModerateMember(guild, member, ModerateMember.Kind.ADD_ROLE,
                    Long.toString(s.restrictRole()), 0, reason),
                    "Giving the role <@&" + s.restrictRole() + ">: waiting for Discord.",
                    "Given the role <@&" + s.restrictRole() + ">.");
            case KICK -> new CaseAction(new ModerateMember(guild, member, ModerateMember.Kind.KICK, null, 0, reason),
                    "Kicking: waiting for Discord.", "Kicked.");
            case BAN -> new CaseAction(new ModerateMember(guild, member, ModerateMember.Kind.BAN, null, 0, reason),
                    "Banning: waiting for Discord.", "Banned.");
        };
    }
}
