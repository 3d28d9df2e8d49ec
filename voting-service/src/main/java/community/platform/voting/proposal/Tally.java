package community.platform.voting.proposal;

import community.platform.contracts.voting.CastBallot.Choice;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Ballots of one proposal: counts per choice and who chose what, in the order they voted. */
record Tally(Map<Choice, List<Long>> voters) {

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
}
