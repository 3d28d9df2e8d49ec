package community.platform.voting.proposal;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Attachment;
import community.platform.voting.chart.ResultChart;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.contracts.voting.ProposalClosed.Outcome;
import community.platform.voting.tally.Ballot;
import community.platform.voting.tally.TallyMethod;
import community.platform.voting.tally.TallyResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A proposal as its Discord message ("Proposal #12" in every one): counts, who voted (mentions that never ping), the
 * ballot (buttons, or selects: {@link Choices}) and "Close now" while open ({@link ProposalControls}); the result and
 * disabled components once closed; the result message with its bar chart; and the confirmation only the voter reads.
 */
final class ProposalRenderer {

    static final int OPEN_COLOR = 0x5865F2;
    static final int CLOSED_COLOR = 0x99AAB5;
    static final int PASSED_COLOR = 0x57F287;
    /** What a click on a proposal that is not in the clicker's server (or not at all) hears, privately. */
    static final String NOT_IN_THIS_SERVER = "⚠️ This proposal does not exist in this server.";
    /** Discord's limit for a field value; a long voter list is cut with a count of the rest. */
    private static final int FIELD_LIMIT = 1024;
    /** Discord's limit of fields in an embed: 25 options take them all, abstentions then go in the footer. */
    private static final int MAX_FIELDS = 25;

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
                + ">. " + when + "\n" + how(p.choices()) + "\n" + rules(p) + secrecy(p);
        boolean hidden = open && p.secrecy().hiddenTally();
        List<Field> fields = new ArrayList<>(hidden ? List.of(new Field("Counts",
                "hidden until voting closes", false)) : counts(p.choices(), tally, !open));
        if (tally.total() > 0 && !p.secrecy().secret() && !hidden) {
            fields.add(new Field("Voters", voters(p.choices(), tally), false));
        }
        if (p.dmBallots()) {
            description += "\n📬 Ballots were sent by DM; **Vote** shows yours here, privately.";
        }
        Embed embed = new Embed("🗳️ " + name(p) + ": " + p.title(), description, open ? OPEN_COLOR
                : p.outcome() == Outcome.WINNER ? PASSED_COLOR : CLOSED_COLOR, fields, footer(p.choices(), tally));
        if (p.dmBallots()) {
            return new DiscordMessage(null, List.of(embed), List.of(), ProposalControls.voteButton(p, open), List.of());
        }
        return new DiscordMessage(null, List.of(embed), ProposalControls.selects(p, open),
                ProposalControls.buttons(p, open, true), List.of());
    }

    /**
     * A member's own ballot, sent by DM or shown privately by the "Vote" button: the proposal, how to vote, the
     * member's ballot as it is, and the ballot's components (no "Close now": that is done on the proposal).
     */
    static DiscordMessage ballot(Proposal p, Ballot mine, Instant now) {
        boolean open = p.openAt(now);
        String description = (p.details() == null ? "" : p.details() + "\n\n") + (open
                ? "Voting closes <t:" + p.closesAt().getEpochSecond() + ":R>. " : "Voting has closed. ")
                + how(p.choices()) + secrecy(p) + "\n\nYour ballot: "
                + (mine == null ? "none yet." : "**" + p.choices().describe(mine) + "**");
        Embed embed = new Embed("🗳️ " + name(p) + ": " + p.title(), description, open ? OPEN_COLOR : CLOSED_COLOR,
                List.of(), null);
        return new DiscordMessage(null, List.of(embed), ProposalControls.selects(p, open),
                ProposalControls.buttons(p, open, false), List.of());
    }

    /**
     * The message posted when a proposal closes: what it decided, the counts (and a ranked ballot's rounds, with how a
     * tie on the way was broken), and the bar chart as a PNG the embed shows. Without fonts to draw with, the result
     * is posted without its chart rather than not at all.
     */
    static DiscordMessage result(Proposal p, Tally tally) {
        TallyResult r = tally.result();
        StringBuilder text = new StringBuilder(closedLine(p, tally)).append('\n').append(rules(p));
        if (r.method() == TallyMethod.RANKED && r.rounds().size() > 1) {
            for (int k = 0; k < r.rounds().size(); k++) {
                List<Long> round = r.rounds().get(k);
                List<Long> before = k == 0 ? null : r.rounds().get(k - 1);
                // an option still in the race, or eliminated just now (it had ballots in the round before)
                text.append("\nRound ").append(k + 1).append(": ").append(String.join(" · ", IntStream.range(0,
                        round.size()).filter(o -> before == null || round.get(o) > 0 || before.get(o) > 0)
                        .mapToObj(o -> p.choices().options().get(o) + " " + round.get(o)).toList()));
            }
        }
        if (p.tieBreak() != null) {
            text.append("\nTie-break: ").append(p.tieBreak());
        }
        String file = "proposal-" + p.number() + ".png";
        List<Attachment> chart = chart(p, r, file);
        Embed embed = new Embed("📊 " + name(p) + " closed: " + p.title(), cut(text.toString(), 3000),
                p.outcome() == Outcome.WINNER ? PASSED_COLOR : CLOSED_COLOR, counts(p.choices(), tally, true),
                footer(p.choices(), tally), chart.isEmpty() ? null : "attachment://" + file);
        return new DiscordMessage(null, List.of(embed), List.of(), List.of(), chart);
    }

    private static List<Attachment> chart(Proposal p, TallyResult r, String file) {
        try {
            int winner = p.outcome() == Outcome.WINNER ? p.choices().options().indexOf(p.winner()) : -1;
            return List.of(new Attachment(file, "Bar chart of the result of " + name(p),
                    ResultChart.png(name(p) + ": " + p.title(), p.choices().options(), r.totals(), winner,
                            unit(p.choices().method()))));
        } catch (RuntimeException | Error e) {
            org.slf4j.LoggerFactory.getLogger(ProposalRenderer.class)
                    .warn("the result chart of {} could not be drawn; posting the result without it", name(p), e);
            return List.of();
        }
    }

    /** The confirmation only the voter sees: their ballot as it is now. */
    static String confirmation(Proposal p, Ballot now) {
        if (now == null) {
            return "Your ballot on " + name(p) + " was withdrawn.";
        }
        Choices c = p.choices();
        if (now.abstain()) {
            return "You voted **Abstain** on " + name(p) + ". Click it again to withdraw, a choice to change.";
        }
        return switch (c.method()) {
            case PLURALITY -> "You voted **" + c.describe(now) + "** on " + name(p) + ". "
                    + (c.buttons() ? "Click it again to withdraw, another to change."
                    : "Pick it again to withdraw, another to change.");
            case APPROVAL -> "You approve **" + c.describe(now) + "** on " + name(p)
                    + ". Pick again to change; none, or Withdraw, to withdraw.";
            case RANKED -> "Your ranking on " + name(p) + ": **" + String.join(" · ", IntStream.range(0,
                    now.marks().size()).mapToObj(k -> (k + 1) + ". " + c.options().get(now.marks().get(k))).toList())
                    + "**. Pick a preference again to change it; Withdraw clears your ballot.";
            case SCORE -> "Your scores on " + name(p) + ": **" + c.describe(now).replace(", ", " · ")
                    + "** (unscored options have 0). Withdraw clears your ballot.";
        };
    }

    private static String closedLine(Proposal p, Tally tally) {
        String how = p.closedBy() == null ? "at its deadline" : "early by <@" + p.closedBy() + ">";
        String what = switch (p.outcome()) {
            case WINNER -> "**" + p.winner() + "** won.";
            case TIE -> "Closed without a winner: a tie.";
            case NO_BALLOTS -> tally.total() == 0 ? "Closed without a winner: nobody voted."
                    : "Closed without a winner: every ballot abstained.";
            case QUORUM_MISSED -> "Closed without a winner: the quorum was missed ("
                    + (p.eligible() == null ? "the number of members was not known"
                    : "of " + p.eligible() + " members, " + p.rules().quorumPercent() + " % had to vote") + ").";
            case THRESHOLD_MISSED -> "Closed without a winner: no option had more than "
                    + p.rules().thresholdPercent() + " % " + share(p.choices().method()) + ".";
        };
        return "Voting closed " + how + " <t:" + p.closedAt().getEpochSecond() + ":f>. " + what;
    }

    private static String how(Choices c) {
        return switch (c.method()) {
            case PLURALITY -> c.isYesNo() ? "Vote Yes or No; the same again withdraws."
                    : "Choose one option; the same again withdraws.";
            case APPROVAL -> "Approval vote: pick every option you accept.";
            case RANKED -> "Ranked choice: pick your 1st choice, then up to your " + Choices.ordinal(c.ranks() - 1)
                    + "; the option with the fewest first choices is dropped until one has a majority.";
            case SCORE -> "Score vote: give each option 0 to " + c.maxScore() + "; the most points wins.";
        };
    }

    private static String share(TallyMethod m) {
        return switch (m) {
            case PLURALITY -> "of the ballots that chose";
            case APPROVAL -> "approval among the ballots that chose";
            case RANKED -> "of the ballots still counting in the last round";
            case SCORE -> "of the points the ballots could give";
        };
    }

    private static String unit(TallyMethod m) {
        return switch (m) {
            case PLURALITY -> "votes";
            case APPROVAL -> "approvals";
            case RANKED -> "votes in the last round";
            case SCORE -> "points";
        };
    }

    private static String secrecy(Proposal p) {
        Secrecy s = p.secrecy();
        return (s.roleId() != null ? "\nOnly members with <@&" + s.roleId() + "> vote." : "")
                + (s.secret() ? "\n🔒 Secret ballot: only counts are shown." : "")
                + (s.hiddenTally() ? "\n🙈 Counts are shown once voting closes." : "");
    }

    private static String rules(Proposal p) {
        return (p.rules().quorumPercent() > 0 ? "Quorum " + p.rules().quorumPercent() + " % of members · " : "")
                + "the winner needs more than " + p.rules().thresholdPercent() + " % "
                + share(p.choices().method()) + ".";
    }

    /**
     * A field per option with its total (while a ranked vote is open, first choices; once closed, the last round),
     * and abstentions while the fields allow.
     */
    private static List<Field> counts(Choices c, Tally tally, boolean closed) {
        TallyResult r = tally.result();
        List<Long> totals = c.method() == TallyMethod.RANKED && !closed ? r.rounds().get(0) : r.totals();
        List<Field> out = new ArrayList<>();
        for (int o = 0; o < c.size(); o++) {
            out.add(new Field(label(c, o), Long.toString(totals.get(o)), true));
        }
        if (out.size() < MAX_FIELDS) {
            out.add(new Field("➖ Abstain", Integer.toString(tally.abstentions()), true));
        }
        return out;
    }

    private static String footer(Choices c, Tally tally) {
        String ballots = tally.total() + (tally.total() == 1 ? " ballot" : " ballots");
        return c.size() + 1 > MAX_FIELDS ? ballots + " · " + tally.abstentions() + " abstained" : ballots;
    }

    private static String label(Choices c, int option) {
        if (c.isYesNo()) {
            return option == 0 ? "✅ Yes" : "❌ No";
        }
        return c.options().get(option);
    }

    private static String voters(Choices c, Tally tally) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Ballot b : tally.ballots()) {
            String entry = "<@" + b.voter() + "> " + c.describe(b) + "\n";
            if (out.length() + entry.length() > FIELD_LIMIT - 20) {
                return out + "… and " + (tally.total() - shown) + " more";
            }
            out.append(entry);
            shown++;
        }
        return out.toString().strip();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
