package community.platform.moderation.escalation;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Button;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.contracts.moderation.ids.ModActionId;
import community.platform.contracts.moderation.ids.ModVoteId;
import community.platform.moderation.escalation.EscalationRepository.Taken;
import community.platform.moderation.settings.VoteRules;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An escalation as its Discord message: who is reported, the counts and who voted (mentions that never ping), when it
 * resolves, and one button per resolution (two rows of three; Discord allows five a row). Resolved: the outcome, and
 * every vote button disabled. A third row holds the immediate actions ({@link ImmediateAction}), each disabled while
 * it is pending or once done; the actions taken are listed with who took them, why and what Discord did.
 */
final class EscalationRenderer {

    static final int OPEN_COLOR = 0xE67E22;
    static final int RESOLVED_COLOR = 0x99AAB5;

    private EscalationRenderer() {
    }

    static String label(Resolution r) {
        return r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** Discord's longest embed field value. */
    static final int FIELD_LIMIT = 1024;

    /**
     * @param enabled the options a click may take now (empty when resolved)
     * @param action  what the case of the resolution says (null while open)
     * @param taken   the immediate actions taken, oldest first
     */
    static DiscordMessage render(Escalation e, Map<Long, Resolution> votes, Set<Resolution> enabled, String action,
                                 List<Taken> taken) {
        var standing = EscalationPolicy.standing(votes);
        StringBuilder description = new StringBuilder("<@" + e.memberId() + "> is escalated");
        description.append(e.openedBy() == 0 ? " automatically after repeated warnings." : " by <@" + e.openedBy() + ">.");
        if (e.reason() != null) {
            description.append("\nReason: ").append(e.reason());
        }
        if (e.messageId() != null) {
            description.append("\nReported message: https://discord.com/channels/").append(e.guildId()).append('/')
                    .append(e.channelId()).append('/').append(e.messageId());
        }
        if (e.resolved()) {
            description.append("\n\n**Resolved: ").append(label(e.resolution())).append("** (")
                    .append(why(e)).append(") <t:").append(e.resolvedAt().getEpochSecond()).append(":f>.")
                    .append(action == null ? "" : "\n" + action);
        } else {
            description.append("\n\nQuorum ").append(e.rules().quorum()).append(". Resolves by itself <t:")
                    .append(e.resolvesAt().getEpochSecond()).append(":R> unless decided sooner.");
            if (standing.votes() >= e.rules().quorum() && standing.tie()) {
                description.append("\n**Tied**: only the tied options stay open until a vote breaks the tie.");
            }
        }
        List<Field> fields = new ArrayList<>();
        for (Resolution r : Resolution.values()) {
            fields.add(new Field(label(r), Integer.toString(standing.counts().get(r)), true));
        }
        if (!votes.isEmpty()) {
            StringBuilder who = new StringBuilder();
            votes.forEach((mod, r) -> who.append("<@").append(mod).append("> ").append(label(r).toLowerCase(Locale.ROOT))
                    .append('\n'));
            fields.add(new Field("Votes", who.toString().strip(), false));
        }
        if (!taken.isEmpty()) {
            StringBuilder lines = new StringBuilder();
            for (Taken t : taken) {
                lines.append(line(t)).append('\n');
            }
            String text = lines.toString().strip();
            fields.add(new Field("Actions taken", text.length() > FIELD_LIMIT
                    ? "…" + text.substring(text.length() - FIELD_LIMIT + 1) : text, false));
        }
        Embed embed = new Embed("🚨 Escalation " + e.escalationId(), description.toString(),
                e.resolved() ? RESOLVED_COLOR : OPEN_COLOR, fields, standing.votes() + (standing.votes() == 1
                ? " vote" : " votes"));
        String id = Long.toString(e.escalationId());
        List<Button> buttons = new ArrayList<>();
        for (Resolution r : Resolution.values()) {
            buttons.add(new Button(new ModVoteId(id, r.name()).format(), label(r), r.ordinal() >= Resolution.KICK.ordinal()
                    ? Button.Style.DANGER : Button.Style.SECONDARY, e.resolved() || !enabled.contains(r)));
        }
        List<Button> now = new ArrayList<>();
        for (ImmediateAction a : ImmediateAction.values()) {
            if (a == ImmediateAction.DELETE_MESSAGE && e.messageId() == null) {
                continue;
            }
            boolean busy = taken.stream().anyMatch(t -> t.what() == a && t.state() != CaseAction.State.FAILED);
            now.add(new Button(new ModActionId(id, a.name()).format(), a.button(), a == ImmediateAction.DELETE_MESSAGE
                    ? Button.Style.SECONDARY : Button.Style.DANGER, busy));
        }
        return DiscordMessage.embed(embed, List.of(buttons.subList(0, 3), buttons.subList(3, 6), now));
    }

    /** "**Ban** by Mira · spam links → Banned." */
    static String line(Taken t) {
        return "**" + t.what().label() + "** by " + t.who()
                + (t.reason() == null ? "" : " · " + t.reason()) + " → " + t.shown();
    }

    static String why(Escalation e) {
        return switch (e.why()) {
            case QUORUM -> "quorum of " + e.rules().quorum() + " reached";
            case TIMEOUT -> "the clock ran out";
            case TIE_AT_TIMEOUT -> "the clock ran out on a tie, broken to the "
                    + (e.rules().tieBreak() == VoteRules.TieBreak.MOST_SEVERE ? "most" : "least") + " severe";
            case NO_VOTES -> "the clock ran out without votes";
        };
    }
}
