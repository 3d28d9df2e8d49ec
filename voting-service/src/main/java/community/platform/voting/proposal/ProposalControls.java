package community.platform.voting.proposal;

import community.platform.contracts.discord.DiscordMessage.Button;
import community.platform.contracts.discord.DiscordMessage.Select;
import community.platform.contracts.voting.ids.BallotId;
import community.platform.contracts.voting.ids.BallotId.Part;
import community.platform.contracts.voting.ids.CloseId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A proposal's components, as {@link ProposalRenderer} puts them under its message or a member's ballot: a select per
 * way of voting that needs one (pick one, approve any, a rank, a score), the options' buttons, "Abstain", "Withdraw"
 * and, on the proposal's own message while it is open, "Close now"; all disabled once voting closed. A proposal whose
 * ballots go by DM shows only "Vote" (the member's ballot, privately) and "Close now".
 */
final class ProposalControls {

    private ProposalControls() {
    }

    /** The row of a proposal whose ballots go by DM. */
    static List<List<Button>> voteButton(Proposal p, boolean open) {
        String id = Long.toString(p.proposalId());
        List<Button> row = new ArrayList<>(List.of(new Button(BallotId.of(id, Part.VOTE).format(), "Vote",
                Button.Style.PRIMARY, !open)));
        if (open) {
            row.add(new Button(new CloseId(id).format(), "Close now", Button.Style.SECONDARY, false));
        }
        return List.of(row);
    }

    static List<Select> selects(Proposal p, boolean open) {
        Choices c = p.choices();
        String id = Long.toString(p.proposalId());
        List<Select.Option> options = IntStream.range(0, c.size())
                .mapToObj(o -> new Select.Option(c.options().get(o), Integer.toString(o))).toList();
        return switch (c.method()) {
            case PLURALITY -> c.buttons() ? List.of() : List.of(new Select(BallotId.of(id, Part.PICK).format(),
                    "Choose one option", 1, 1, options, !open));
            case APPROVAL -> List.of(new Select(BallotId.of(id, Part.APPROVE).format(), "Approve any options", 0,
                    c.size(), options, !open));
            case RANKED -> IntStream.range(0, c.ranks()).mapToObj(r -> new Select(new BallotId(id, Part.RANK, r)
                    .format(), Choices.ordinal(r) + " choice", 1, 1, options, !open)).toList();
            case SCORE -> IntStream.range(0, c.size()).mapToObj(o -> new Select(new BallotId(id, Part.SCORE, o)
                    .format(), ProposalRenderer.cut("Score for " + c.options().get(o), 150), 1, 1, IntStream.rangeClosed(0,
                    c.maxScore()).mapToObj(s -> new Select.Option(Integer.toString(s), Integer.toString(s))).toList(),
                    !open)).toList();
        };
    }

    /** @param onProposal the proposal's own message (with "Close now"), not a member's ballot */
    static List<List<Button>> buttons(Proposal p, boolean open, boolean onProposal) {
        Choices c = p.choices();
        String id = Long.toString(p.proposalId());
        List<Button> options = new ArrayList<>();
        if (c.buttons()) {
            for (int o = 0; o < c.size(); o++) {
                Button.Style style = !c.isYesNo() ? Button.Style.PRIMARY
                        : o == 0 ? Button.Style.SUCCESS : Button.Style.DANGER;
                options.add(new Button(new BallotId(id, Part.OPTION, o).format(), c.options().get(o), style, !open));
            }
        }
        List<Button> more = new ArrayList<>();
        more.add(new Button(BallotId.of(id, Part.ABSTAIN).format(), "Abstain", Button.Style.SECONDARY, !open));
        if (!c.buttons()) {
            more.add(new Button(BallotId.of(id, Part.WITHDRAW).format(), "Withdraw", Button.Style.SECONDARY, !open));
        }
        if (open && onProposal) {
            more.add(new Button(new CloseId(id).format(), "Close now", Button.Style.SECONDARY, false));
        }
        if (options.isEmpty()) {
            return List.of(more);
        }
        if (options.size() + more.size() <= Choices.MAX_BUTTONS) {
            options.addAll(more);
            return List.of(options);
        }
        return List.of(options, more);
    }
}
