package community.platform.voting.proposal;

import community.platform.contracts.voting.CastBallot.Choice;
import community.platform.voting.tally.Ballot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Ballots of one proposal: counts per choice and who chose what, in the order they voted. */
record Tally(Map<Choice, List<Long>> voters) {

    /** The options a winner is chosen from, in order; abstaining is a choice, never an option. */
    static final List<Choice> OPTIONS = List.of(Choice.YES, Choice.NO);

    static Tally of(Map<Choice, List<Long>> voters) {
        Map<Choice, List<Long>> all = new EnumMap<>(Choice.class);
        for (Choice c : Choice.values()) {
            all.put(c, List.copyOf(voters.getOrDefault(c, List.of())));
        }
        return new Tally(all);
    }

    int count(Choice c) {
        return voters.get(c).size();
    }

    int total() {
        return voters.values().stream().mapToInt(List::size).sum();
    }

    /** The ballots as a tally method reads them: an option's index, or an abstention. */
    List<Ballot> ballots() {
        List<Ballot> out = new ArrayList<>();
        voters.forEach((choice, users) -> users.forEach(u -> out.add(choice == Choice.ABSTAIN ? Ballot.abstention(u)
                : Ballot.of(u, OPTIONS.indexOf(choice)))));
        return out;
    }
}
