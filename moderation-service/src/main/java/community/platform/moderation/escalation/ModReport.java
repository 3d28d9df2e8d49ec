package community.platform.moderation.escalation;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Button;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.moderation.OpenEscalation;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * {@code /modreport}: a member's escalations (newest first), who voted what, and how each ended; its Escalate button
 * opens a new vote on the member (each click a new one).
 */
final class ModReport {

    /** Discord's limit for an embed description. */
    static final int DESCRIPTION_LIMIT = 4096;

    private ModReport() {
    }

    static DiscordMessage render(long member, List<Escalation> escalations,
                                 LongFunction<Map<Long, Resolution>> votes, LongFunction<Optional<String>> actions) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Escalation e : escalations) {
            StringBuilder entry = new StringBuilder("**Escalation " + e.escalationId() + "** <t:"
                    + e.openedAt().getEpochSecond() + ":d>" + (e.reason() == null ? "" : " · " + e.reason()) + "\n");
            Map<Long, Resolution> v = votes.apply(e.escalationId());
            if (!v.isEmpty()) {
                entry.append("Votes: ");
                v.forEach((mod, r) -> entry.append("<@").append(mod).append("> ")
                        .append(r.name().toLowerCase(Locale.ROOT)).append(", "));
                entry.setLength(entry.length() - 2);
                entry.append('\n');
            }
            entry.append(e.resolved() ? "→ " + EscalationRenderer.label(e.resolution()) + " ("
                    + EscalationRenderer.why(e) + "). " + actions.apply(e.escalationId()).orElse("")
                    : "→ open, resolves <t:" + e.resolvesAt().getEpochSecond() + ":R>").append("\n\n");
            if (out.length() + entry.length() > DESCRIPTION_LIMIT - 40) {
                out.append("… and ").append(escalations.size() - shown).append(" older");
                break;
            }
            out.append(entry);
            shown++;
        }
        long warnings = escalations.stream().filter(e -> e.resolution() == Resolution.WARNING).count();
        return DiscordMessage.embed(new Embed("📋 Case history", "<@" + member + ">\n\n"
                + (escalations.isEmpty() ? "No escalations." : out.toString().strip()), EscalationRenderer.OPEN_COLOR,
                List.of(), escalations.size() + " escalations · " + warnings + " warnings"), List.of(List.of(
                new Button(OpenEscalation.customId(Long.toString(member), null), "Escalate", Button.Style.DANGER,
                        false))));
    }
}
