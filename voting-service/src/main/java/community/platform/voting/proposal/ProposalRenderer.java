package community.platform.voting.proposal;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.voting.ids.BallotId;
import community.platform.contracts.discord.DiscordMessage.Button;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.contracts.voting.CastBallot.Choice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A proposal as its Discord message: counts, who voted (mentions that never ping), and the ballot buttons. */
final class ProposalRenderer {

    static final int OPEN_COLOR = 0x5865F2;
    static final int CLOSED_COLOR = 0x99AAB5;
    /** Discord's limit for a field value; a long voter list is cut with a count of the rest. */
    private static final int FIELD_LIMIT = 1024;

    private ProposalRenderer() {
    }

    static DiscordMessage render(Proposal p, Tally tally, Instant now) {
        boolean open = p.openAt(now);
        String when = open ? "Voting closes <t:" + p.closesAt().getEpochSecond() + ":R>."
                : "Voting closed <t:" + p.closesAt().getEpochSecond() + ":f>.";
        String description = (p.details() == null ? "" : p.details() + "\n\n") + "Proposed by <@" + p.openedBy()
                + ">. " + when;
        List<Field> fields = new ArrayList<>(List.of(
                new Field("✅ Yes", Integer.toString(tally.count(Choice.YES)), true),
                new Field("❌ No", Integer.toString(tally.count(Choice.NO)), true),
                new Field("➖ Abstain", Integer.toString(tally.count(Choice.ABSTAIN)), true)));
        if (tally.total() > 0) {
            fields.add(new Field("Voters", voters(tally), false));
        }
        Embed embed = new Embed("🗳️ " + p.title(), description, open ? OPEN_COLOR : CLOSED_COLOR, fields,
                tally.total() + (tally.total() == 1 ? " ballot" : " ballots"));
        String id = Long.toString(p.proposalId());
        return DiscordMessage.embed(embed, List.of(List.of(
                new Button(new BallotId(id, Choice.YES).format(), "Yes", Button.Style.SUCCESS, !open),
                new Button(new BallotId(id, Choice.NO).format(), "No", Button.Style.DANGER, !open),
                new Button(new BallotId(id, Choice.ABSTAIN).format(), "Abstain", Button.Style.SECONDARY, !open))));
    }

    private static String voters(Tally tally) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Choice c : Choice.values()) {
            for (long user : tally.voters().get(c)) {
                String entry = "<@" + user + "> " + c.name().toLowerCase() + "\n";
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
