package community.platform.voting.constitution;

/**
 * A guild's rules for deciding proposals: the quorum (the share of the server's members, in percent, who must cast a
 * ballot, abstaining included) and the pass threshold (the share of the counted ballots, in percent, the winning
 * choice must have more than).
 */
public record Constitution(int quorumPercent, int thresholdPercent) {

    /** No quorum, a simple majority. */
    public static final Constitution DEFAULT = new Constitution(0, 50);

    public String valueOf(String variable) {
        return switch (variable) {
            case "quorum" -> Integer.toString(quorumPercent);
            case "threshold" -> Integer.toString(thresholdPercent);
            default -> throw new IllegalArgumentException(variable);
        };
    }
}
