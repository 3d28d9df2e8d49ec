package community.platform.voting.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * How a proposal's ballots choose a winner. Each method is pure and deterministic: the same ballots give the same
 * result, and where it must break a tie to go on (an instant runoff's elimination) the rule is fixed and said in the
 * result. A tie for the win itself is not broken: the proposal closes without a winner.
 */
public enum TallyMethod {

    /** One choice per ballot; the most chosen option wins; abstentions count toward turnout only. */
    PLURALITY {
        @Override
        public TallyResult count(int options, List<Ballot> ballots) {
            long[] totals = new long[options];
            for (Ballot b : counted(ballots)) {
                if (b.marks().size() != 1) {
                    throw new IllegalArgumentException("a plurality ballot marks one option: " + b);
                }
                totals[option(b.marks().get(0), options)]++;
            }
            return single(this, ballots, totals);
        }
    },

    /** Each ballot approves any number of options; the most approved option wins. */
    APPROVAL {
        @Override
        public TallyResult count(int options, List<Ballot> ballots) {
            long[] totals = new long[options];
            for (Ballot b : counted(ballots)) {
                b.marks().stream().distinct().forEach(o -> totals[option(o, options)]++);
            }
            return single(this, ballots, totals);
        }
    },

    /**
     * Ranked choice (instant runoff): each round counts every ballot for its highest-ranked option still in the race;
     * an option with more than half of those wins; else the option with the fewest is eliminated and its ballots go to
     * their next choice. Ballots with no choice left are exhausted. Several options tied for fewest: the one with fewer
     * votes in the latest earlier round where they differ is eliminated, and if they never differed, the one listed
     * last. Two options tied at the end: no winner.
     */
    RANKED {
        @Override
        public TallyResult count(int options, List<Ballot> ballots) {
            boolean[] out = new boolean[options];
            List<List<Long>> rounds = new ArrayList<>();
            List<String> breaks = new ArrayList<>();
            List<Ballot> counted = counted(ballots);
            counted.forEach(b -> b.marks().forEach(o -> option(o, options)));
            while (true) {
                long[] totals = new long[options];
                long continuing = 0;
                for (Ballot b : counted) {
                    for (int o : b.marks()) {
                        if (!out[o]) {
                            totals[o]++;
                            continuing++;
                            break;
                        }
                    }
                }
                rounds.add(asList(totals));
                int in = 0;
                int leader = -1;
                for (int o = 0; o < options; o++) {
                    if (!out[o]) {
                        in++;
                        if (leader < 0 || totals[o] > totals[leader]) {
                            leader = o;
                        }
                    }
                }
                if (continuing > 0 && totals[leader] * 2 > continuing) {
                    return result(this, ballots, rounds, OptionalInt.of(leader), breaks);
                }
                if (continuing == 0 || in <= 1) {
                    return result(this, ballots, rounds, in == 1 && continuing > 0 ? OptionalInt.of(leader)
                            : OptionalInt.empty(), breaks);
                }
                List<Integer> fewest = new ArrayList<>();
                long min = Long.MAX_VALUE;
                for (int o = 0; o < options; o++) {
                    if (!out[o]) {
                        if (totals[o] < min) {
                            min = totals[o];
                            fewest.clear();
                        }
                        if (totals[o] == min) {
                            fewest.add(o);
                        }
                    }
                }
                if (fewest.size() == in) {
                    // everyone left has the same count: a tie for the win
                    return result(this, ballots, rounds, OptionalInt.empty(), breaks);
                }
                int eliminated = fewest.size() == 1 ? fewest.get(0) : breakElimination(fewest, rounds, breaks);
                out[eliminated] = true;
            }
        }
    },

    /** Each ballot scores every option (0 to the proposal's maximum); the highest total wins. */
    SCORE {
        @Override
        public TallyResult count(int options, List<Ballot> ballots) {
            long[] totals = new long[options];
            for (Ballot b : counted(ballots)) {
                if (b.marks().size() != options) {
                    throw new IllegalArgumentException("a score ballot scores every option: " + b);
                }
                for (int o = 0; o < options; o++) {
                    if (b.marks().get(o) < 0) {
                        throw new IllegalArgumentException("scores are 0 or more: " + b);
                    }
                    totals[o] += b.marks().get(o);
                }
            }
            return single(this, ballots, totals);
        }
    };

    public abstract TallyResult count(int options, List<Ballot> ballots);

    private static List<Ballot> counted(List<Ballot> ballots) {
        return ballots.stream().filter(b -> !b.abstain()).toList();
    }

    private static int option(int o, int options) {
        if (o < 0 || o >= options) {
            throw new IllegalArgumentException("no option " + o + " among " + options);
        }
        return o;
    }

    /** One round: the single highest total wins; a tie for it means no winner. */
    private static TallyResult single(TallyMethod method, List<Ballot> ballots, long[] totals) {
        int leader = -1;
        boolean tie = false;
        for (int o = 0; o < totals.length; o++) {
            if (leader < 0 || totals[o] > totals[leader]) {
                leader = o;
                tie = false;
            } else if (totals[o] == totals[leader]) {
                tie = true;
            }
        }
        boolean anything = leader >= 0 && totals[leader] > 0;
        return result(method, ballots, List.of(asList(totals)), anything && !tie ? OptionalInt.of(leader)
                : OptionalInt.empty(), List.of());
    }

    /** Among options tied for fewest: fewer in the latest earlier round where they differ; else the last listed. */
    private static int breakElimination(List<Integer> tied, List<List<Long>> rounds, List<String> breaks) {
        for (int r = rounds.size() - 2; r >= 0; r--) {
            List<Long> earlier = rounds.get(r);
            long min = tied.stream().mapToLong(earlier::get).min().orElseThrow();
            List<Integer> lowest = tied.stream().filter(o -> earlier.get(o) == min).toList();
            if (lowest.size() == 1) {
                breaks.add("round " + rounds.size() + ": options " + names(tied) + " tied for fewest; option "
                        + (lowest.get(0) + 1) + " had fewer in round " + (r + 1) + " and was eliminated");
                return lowest.get(0);
            }
        }
        int last = tied.get(tied.size() - 1);
        breaks.add("round " + rounds.size() + ": options " + names(tied) + " tied for fewest in every round; option "
                + (last + 1) + ", listed last, was eliminated");
        return last;
    }

    private static String names(List<Integer> options) {
        return String.join(", ", options.stream().map(o -> Integer.toString(o + 1)).toList());
    }

    private static TallyResult result(TallyMethod method, List<Ballot> ballots, List<List<Long>> rounds,
                                      OptionalInt winner, List<String> breaks) {
        int abstentions = (int) ballots.stream().filter(Ballot::abstain).count();
        return new TallyResult(method, ballots.size(), abstentions, rounds.get(rounds.size() - 1), rounds, winner,
                breaks.isEmpty() ? null : String.join("; ", breaks));
    }

    private static List<Long> asList(long[] totals) {
        List<Long> out = new ArrayList<>(totals.length);
        for (long t : totals) {
            out.add(t);
        }
        return out;
    }
}
