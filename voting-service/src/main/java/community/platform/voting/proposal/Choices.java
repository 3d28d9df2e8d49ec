package community.platform.voting.proposal;

import community.platform.voting.tally.Ballot;
import community.platform.voting.tally.TallyMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a proposal is voted on and how: its options in order (2 to 25), the tally method, and for score voting the
 * highest score. Decides the ballot components Discord can show: buttons for up to 5 options of a plurality vote, a
 * select beyond; a select of the options approved; a select per preference (at most {@link #MAX_RANKS}); a select per
 * scored option (at most {@link #MAX_SCORED}), each message keeping one row for Abstain, Withdraw and Close now.
 */
record Choices(List<String> options, TallyMethod method, int maxScore) {

    /** Preferences a ranked ballot can give: four selects and the row of buttons fill Discord's five rows. */
    static final int MAX_RANKS = 4;
    /** Options a score ballot can have: one select each, and the row of buttons. */
    static final int MAX_SCORED = 4;
    static final int MAX_BUTTONS = 5;

    static final Choices YES_NO = new Choices(List.of("Yes", "No"), TallyMethod.PLURALITY, 0);

    Choices {
        options = List.copyOf(options);
    }

    /** Why these choices cannot be voted on, or null when they can. */
    static String problem(List<String> options, TallyMethod method, int maxScore) {
        if (options.size() < 2 || options.size() > 25) {
            return "A proposal has 2 to 25 options.";
        }
        if (options.stream().map(o -> o.strip().toLowerCase(java.util.Locale.ROOT)).distinct().count()
                != options.size()) {
            return "Each option must be different.";
        }
        if (options.stream().anyMatch(o -> o.isBlank() || o.length() > 55)) {
            return "Each option has 1 to 55 characters.";
        }
        if (method == TallyMethod.SCORE && options.size() > MAX_SCORED) {
            return "A score vote has at most " + MAX_SCORED + " options (one score select each fits a message).";
        }
        if (method == TallyMethod.SCORE && (maxScore < 1 || maxScore > 10)) {
            return "The highest score is 1 to 10.";
        }
        return null;
    }

    int size() {
        return options.size();
    }

    /** Preferences shown for a ranked ballot. */
    int ranks() {
        return Math.min(size(), MAX_RANKS);
    }

    boolean isYesNo() {
        return method == TallyMethod.PLURALITY && options.equals(YES_NO.options);
    }

    /** A plurality vote small enough for a button per option. */
    boolean buttons() {
        return method == TallyMethod.PLURALITY && size() <= MAX_BUTTONS;
    }

    /** A ballot in words: "Yes", "A, B", "A > B", "A: 5, B: 0", "Abstain". */
    String describe(Ballot b) {
        if (b.abstain()) {
            return "Abstain";
        }
        return switch (method) {
            case PLURALITY -> options.get(b.marks().get(0));
            case APPROVAL -> String.join(", ", b.marks().stream().map(options::get).toList());
            case RANKED -> String.join(" > ", b.marks().stream().map(options::get).toList());
            case SCORE -> String.join(", ", IntStream.range(0, size()).mapToObj(o -> options.get(o) + ": "
                    + b.marks().get(o)).toList());
        };
    }

    /** A score ballot with nothing scored yet: every option at 0. */
    List<Integer> zeros() {
        List<Integer> out = new ArrayList<>();
        for (int o = 0; o < size(); o++) {
            out.add(0);
        }
        return out;
    }

    static String ordinal(int rank) {
        int n = rank + 1;
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
