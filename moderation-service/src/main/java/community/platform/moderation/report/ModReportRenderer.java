package community.platform.moderation.report;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Button;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.moderation.ids.EscalateId;
import community.platform.moderation.escalation.EscalationHistory.Entry;
import java.util.List;

/**
 * {@code /modreport}: a member's case thread (a link), their escalations (newest first), the immediate actions taken
 * on each (who, why, what Discord did), who voted what (by the name each moderator voted under,
 * so the history reads well after they rename or leave; a mention when no name was kept), and how each ended; its Escalate button
 * opens a new vote on the member (each click a new one).
 */
final class ModReportRenderer {

    /** Discord's limit for an embed description. */
    static final int DESCRIPTION_LIMIT = 4096;
    static final int COLOR = 0xE67E22;

    private ModReportRenderer() {
    }

    /** @param thread the member's case thread, if they have one */
    static DiscordMessage render(long member, List<Entry> history, Long thread) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Entry e : history) {
            StringBuilder entry = new StringBuilder("**Escalation " + e.escalationId() + "** <t:"
                    + e.openedAt().getEpochSecond() + ":d>" + (e.reason() == null ? "" : " · " + e.reason()) + "\n");
            if (!e.votes().isEmpty()) {
                entry.append("Votes: ");
                e.votes().forEach((mod, r) -> entry.append(e.voterNames().containsKey(mod) ? e.voterNames().get(mod)
                        : "<@" + mod + ">").append(" ").append(r).append(", "));
                entry.setLength(entry.length() - 2);
                entry.append('\n');
            }
            for (String action : e.actions()) {
                entry.append("⚡ ").append(action).append('\n');
            }
            entry.append(e.outcome() != null ? "→ " + e.outcome()
                    : "→ open, resolves <t:" + e.resolvesAt().getEpochSecond() + ":R>").append("\n\n");
            if (out.length() + entry.length() > DESCRIPTION_LIMIT - 40) {
                out.append("… and ").append(history.size() - shown).append(" older");
                break;
            }
            out.append(entry);
            shown++;
        }
        long warnings = history.stream().filter(Entry::warning).count();
        return DiscordMessage.embed(new Embed("📋 Case history", "<@" + member + ">"
                + (thread == null ? "" : " · case thread: <#" + thread + ">") + "\n\n"
                + (history.isEmpty() ? "No escalations." : out.toString().strip()), COLOR,
                List.of(), history.size() + " escalations · " + warnings + " warnings"), List.of(List.of(
                new Button(new EscalateId(Long.toString(member), null).format(), "Escalate", Button.Style.DANGER,
                        false))));
    }
}
