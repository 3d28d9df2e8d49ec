package community.platform.voting.proposal;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Button;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.contracts.voting.CastBallot.Choice;
import community.platform.contracts.voting.ProposalClosed.Outcome;
import community.platform.contracts.voting.ids.BallotId;
import community.platform.contracts.voting.ids.CloseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A proposal as its Discord message ("Proposal #12" in every one): counts, who voted (mentions that never ping), the
 * ballot buttons and "Close now" while open; the result and disabled buttons once closed; and the result message.
 */
final class ProposalRenderer {

    static final int OPEN_COLOR = 0x5865F2;
    static final int CLOSED_COLOR = 0x99AAB5;
    static final int PASSED_COLOR = 0x57F287;
    /** What a click on a proposal that is not in the clicker's server (or not at all) hears, privately. */
    static final String NOT_IN_THIS_SERVER = "⚠️ This proposal does not exist in this server.";
    /** Discord's limit for a field value; a long voter list is cut with a count of the rest. */
    private static final int FIELD_LIMIT = 1024;

    private ProposalRenderer() {
    }

    static String name(Proposal p) {
        return "Proposal #" + p.number();
    }

    static DiscordMessage render(Proposal p, Tally tally, Instant now) {
        boolean open = p.openAt(now);
        String when = open ? "Voting closes <t:" + p.closesAt().getEpochSecond() + ":R>."
                : p.closed() ? closedLine(p, tally) : "Voting closed <t:" + p.closesAt().getEpochSecond() + ":f>.";
        String description = (p.details() == null ? "" : p.details() + "\n\n") + "Proposed by <@" + p.openedBy()
                + ">. " + when + "\n" + rules(p) + secrecy(p);
        boolean hidden = open && p.secrecy().hiddenTally();
        List<Field> fields = new ArrayList<>(hidden ? List.of(new Field("Counts",
                "hidden until voting closes", false)) : counts(tally));
        if (tally.total() > 0 && !p.secrecy().secret() && !hidden) {
            fields.add(new Field("Voters", voters(tally), false));
        }
        Embed embed = new Embed("🗳️ " + name(p) + ": " + p.title(), description, open ? OPEN_COLOR
                : p.outcome() == Outcome.WINNER ? PASSED_COLOR : CLOSED_COLOR, fields,
                tally.total() + (tally.total() == 1 ? " ballot" : " ballots"));
        String id = Long.toString(p.proposalId());
        List<Button> buttons = new ArrayList<>(List.of(
                new Button(new BallotId(id, Choice.YES).format(), "Yes", Button.Style.SUCCESS, !open),
                new Button(new BallotId(id, Choice.NO).format(), "No", Button.Style.DANGER, !open),
                new Button(new BallotId(id, Choice.ABSTAIN).format(), "Abstain", Button.Style.SECONDARY, !open)));
        if (open) {
            buttons.add(new Button(new CloseId(id).format(), "Close now", Button.Style.SECONDARY, false));
        }
        return DiscordMessage.embed(embed, List.of(buttons));
    }

    /** The message posted when a proposal closes: what it decided, with the counts. */
    static DiscordMessage result(Proposal p, Tally tally) {
        Embed embed = new Embed("📊 " + name(p) + " closed: " + p.title(), closedLine(p, tally) + "\n" + rules(p),
                p.outcome() == Outcome.WINNER ? PASSED_COLOR : CLOSED_COLOR, counts(tally),
                tally.total() + (tally.total() == 1 ? " ballot" : " ballots"));
        return DiscordMessage.embed(embed, List.of());
    }

    /** The confirmation only the voter sees. */
    static String confirmation(Proposal p, Choice now) {
        return now == null ? "Your ballot on " + name(p) + " was withdrawn."
                : "You voted **" + label(now) + "** on " + name(p) + ". Click it again to withdraw, another to change.";
    }

    private static String closedLine(Proposal p, Tally tally) {
        String how = p.closedBy() == null ? "at its deadline" : "early by <@" + p.closedBy() + ">";
        String what = switch (p.outcome()) {
            case WINNER -> "**" + label(Choice.valueOf(p.winner())) + "** won.";
            case TIE -> "Closed without a winner: a tie.";
            case NO_BALLOTS -> tally.total() == 0 ? "Closed without a winner: nobody voted."
                    : "Closed without a winner: every ballot abstained.";
            case QUORUM_MISSED -> "Closed without a winner: the quorum was missed ("
                    + (p.eligible() == null ? "the number of members was not known"
                    : "of " + p.eligible() + " members, " + p.rules().quorumPercent() + " % had to vote") + ").";
            case THRESHOLD_MISSED -> "Closed without a winner: no choice had more than "
                    + p.rules().thresholdPercent() + " % of the ballots.";
        };
        return "Voting closed " + how + " <t:" + p.closedAt().getEpochSecond() + ":f>. " + what;
    }

    private static String secrecy(Proposal p) {
        Secrecy s = p.secrecy();
        return (s.roleId() != null ? "\nOnly members with <@&" + s.roleId() + "> vote." : "")
                + (s.secret() ? "\n🔒 Secret ballot: only counts are shown." : "")
                + (s.hiddenTally() ? "\n🙈 Counts are shown once voting closes." : "");
    }

    private static String rules(Proposal p) {
        return (p.rules().quorumPercent() > 0 ? "Quorum " + p.rules().quorumPercent() + " % of members · " : "")
                + "the winner needs more than " + p.rules().thresholdPercent() + " % of the ballots that chose.";
    }

    private static List<Field> counts(Tally tally) {
        return List.of(new Field("✅ Yes", Integer.toString(tally.count(Choice.YES)), true),
                new Field("❌ No", Integer.toString(tally.count(Choice.NO)), true),
                new Field("➖ Abstain", Integer.toString(tally.count(Choice.ABSTAIN)), true));
    }

    private static String label(Choice c) {
        String name = c.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String voters(Tally tally) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Choice c : Choice.values()) {
            for (long user : tally.voters().get(c)) {
                String entry = "<@" + user + "> " + c.name().toLowerCase(Locale.ROOT) + "\n";
                if (out.length() + entry.length() > FIELD_LIMIT - 20) {
                    return out + "… and " + (tally.total() - shown) + " more";
                }
                out.append(entry);
                shown++;
            }
        }
        return out.toString().strip();
    }
}
