package community.platform.voting.tally;

import java.util.List;
import java.util.OptionalInt;

/**
 * What a tally found: the totals of each option (for a ranked ballot, of the last round), every round (one for the
 * other methods), the winner if there is one, and how a tie was broken, said in words so that it can be shown and
 * recorded ({@code null} when no tie had to be broken). Quorum and threshold are the outcome's rules, not the tally's.
 */
public record TallyResult(TallyMethod method, int turnout, int abstentions, List<Long> totals, List<List<Long>> rounds,
                          OptionalInt winner, String tieBreak) {

    public TallyResult {
        totals = List.copyOf(totals);
        rounds = rounds.stream().map(List::copyOf).toList();
    }

    /** Ballots that marked something: the ones a winner is chosen from. */
    public int counted() {
        return turnout - abstentions;
    }

    /** True when the leaders tied and the method breaks no such tie (there is then no winner). */
    public boolean tied() {
        return winner.isEmpty() && counted() > 0;
    }
}
