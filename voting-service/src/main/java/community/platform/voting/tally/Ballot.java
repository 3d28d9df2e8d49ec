package community.platform.voting.tally;

import java.util.List;

/**
 * One member's ballot as a tally reads it. Options are numbered from 0 in the order the proposal lists them.
 * {@code marks} means, by method: plurality, the one option chosen; approval, every option approved; ranked, the
 * options in order of preference (not all need be ranked); score, the score given to each option, in option order.
 * An abstention marks nothing: it counts toward turnout, never toward a winner.
 */
public record Ballot(long voter, boolean abstain, List<Integer> marks) {

    public Ballot {
        marks = abstain ? List.of() : List.copyOf(marks);
    }

    public static Ballot abstention(long voter) {
        return new Ballot(voter, true, List.of());
    }

    public static Ballot of(long voter, Integer... marks) {
        return new Ballot(voter, false, List.of(marks));
    }
}
