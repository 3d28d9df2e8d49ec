package community.platform.voting.constitution;

import java.util.List;

/**
 * Which constitution variables exist and what values they take; a bad value is refused with a message that names the
 * variable and its allowed range.
 */
public final class ConstitutionPolicy {

    public static final List<String> VARIABLES = List.of("quorum", "threshold");

    /** The constitution with the variable changed, or why not. */
    public sealed interface Change {
        record Changed(Constitution now, String previous, String value) implements Change {
        }

        record Refused(String reason) implements Change {
        }
    }

    private ConstitutionPolicy() {
    }

    public static Change set(Constitution c, String variable, String value) {
        String v = value == null ? "" : value.strip().replaceFirst("\\s*%$", "");
        return switch (variable == null ? "" : variable) {
            case "quorum" -> whole(v, 0, 100).map(n -> (Change) new Change.Changed(new Constitution(n,
                    c.thresholdPercent()), c.valueOf("quorum"), Integer.toString(n))).orElse(new Change.Refused(
                    "quorum is a whole percentage from 0 to 100: the share of the server's members who must cast a"
                            + " ballot (abstaining counts) for a proposal to be decided; '" + value + "' is not."));
            case "threshold" -> whole(v, 50, 100).map(n -> (Change) new Change.Changed(new Constitution(
                    c.quorumPercent(), n), c.valueOf("threshold"), Integer.toString(n))).orElse(new Change.Refused(
                    "threshold is a whole percentage from 50 to 100: the winning choice needs more than this share"
                            + " of the ballots that chose something; '" + value + "' is not."));
            default -> new Change.Refused("The constitution has no variable '" + variable + "'; it has "
                    + String.join(", ", VARIABLES) + ".");
        };
    }

    private static java.util.Optional<Integer> whole(String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            return n >= min && n <= max ? java.util.Optional.of(n) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
