package community.platform.voting.constitution;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which constitution variables exist and what values they take; a bad value is refused with a message that names the
 * variable and its allowed range.
 */
public final class ConstitutionPolicy {

    public static final List<String> VARIABLES = List.of("quorum", "threshold", "duration", "proposers", "budget",
            "approval");

    private static final Pattern ROLE = Pattern.compile("(?:<@&)?([0-9]{1,20})>?");

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
        String raw = value == null ? "" : value.strip();
        String v = raw.replaceFirst("\\s*%$", "");
        return switch (variable == null ? "" : variable) {
            case "quorum" -> whole(v, 0, 100).map(n -> changed(c, "quorum", c.with("quorum", n))).orElse(new Change.Refused(
                    "quorum is a whole percentage from 0 to 100: the share of the server's members who must cast a"
                            + " ballot (abstaining counts) for a proposal to be decided; '" + value + "' is not."));
            case "threshold" -> whole(v, 50, 100).map(n -> changed(c, "threshold", c.with("threshold", n))).orElse(new Change.Refused(
                    "threshold is a whole percentage from 50 to 100: the winning option needs more than this share"
                            + " of the ballots that chose something; '" + value + "' is not."));
            case "duration" -> whole(raw.replaceFirst("\\s*(h|hours?)$", ""), 1, 168).map(n -> changed(c, "duration",
                    c.with("duration", n))).orElse(
                    new Change.Refused("duration is a whole number of hours from 1 to 168: how long a vote runs"
                            + " when its proposer does not say; '" + value + "' is not."));
            case "proposers" -> proposers(raw).map(p -> changed(c, "proposers", c.with("proposers", p))).orElse(
                    new Change.Refused("proposers is 'everyone', 'managers' (members who may manage the server) or a"
                            + " role (@role or its id): who may open proposals; '" + value + "' is not."));
            case "budget" -> whole(v, 1, 1_000_000).map(n -> changed(c, "budget", c.with("budget", n))).orElse(
                    new Change.Refused("budget is a whole number of tokens from 1 to 1000000: what each member may"
                            + " invest in a campaign's scenarios; '" + value + "' is not."));
            case "approval" -> switch (raw.toLowerCase(java.util.Locale.ROOT)) {
                case "required", "yes", "true" -> changed(c, "approval", c.with("approval", true));
                case "automatic", "no", "false" -> changed(c, "approval", c.with("approval", false));
                default -> new Change.Refused("approval is 'required' (an admin approves each campaign scenario) or"
                        + " 'automatic' (scenarios are approved when submitted); '" + value + "' is not.");
            };
            default -> new Change.Refused("The constitution has no variable '" + variable + "'; it has "
                    + String.join(", ", VARIABLES) + ".");
        };
    }

    private static Change changed(Constitution before, String variable, Constitution after) {
        return new Change.Changed(after, before.valueOf(variable), after.valueOf(variable));
    }

    private static Optional<String> proposers(String v) {
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals(Constitution.EVERYONE) || lower.equals(Constitution.MANAGERS)) {
            return Optional.of(lower);
        }
        Matcher m = ROLE.matcher(v);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Integer> whole(String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            return n >= min && n <= max ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
