package community.platform.voting.constitution;

import java.util.List;

/**
 * A guild's rules for proposals: the quorum (the share of the server's members, in percent, who must cast a ballot,
 * abstaining included), the pass threshold (the share, in percent, the winning option must have more than), how long
 * a vote runs when its proposer does not say ({@code defaultHours}), and who may open proposals ({@code proposers}:
 * {@code everyone}, {@code managers} (members who may manage the server), or a role's id: its members and the
 * managers).
 */
public record Constitution(int quorumPercent, int thresholdPercent, int defaultHours, String proposers) {

    public static final String EVERYONE = "everyone";
    public static final String MANAGERS = "managers";
    public static final long MANAGE_SERVER = 1L << 5;
    public static final long ADMINISTRATOR = 1L << 3;

    /** No quorum, a simple majority, a day's vote, everyone proposes. */
    public static final Constitution DEFAULT = new Constitution(0, 50, 24, EVERYONE);

    /** The rules a proposal keeps: quorum and threshold (the rest only matter when it opens). */
    public Constitution(int quorumPercent, int thresholdPercent) {
        this(quorumPercent, thresholdPercent, DEFAULT.defaultHours, DEFAULT.proposers);
    }

    public String valueOf(String variable) {
        return switch (variable) {
            case "quorum" -> Integer.toString(quorumPercent);
            case "threshold" -> Integer.toString(thresholdPercent);
            case "duration" -> Integer.toString(defaultHours);
            case "proposers" -> proposers;
            default -> throw new IllegalArgumentException(variable);
        };
    }

    public static boolean manages(long permissions) {
        return (permissions & (MANAGE_SERVER | ADMINISTRATOR)) != 0;
    }

    /** Whether a member with these permissions and roles may open a proposal. */
    public boolean mayPropose(long permissions, List<String> roleIds) {
        return switch (proposers) {
            case EVERYONE -> true;
            case MANAGERS -> manages(permissions);
            default -> manages(permissions) || roleIds.contains(proposers);
        };
    }

    /** Who may propose, in words ("everyone", "members who may manage the server", "members with @role"). */
    public String proposersInWords() {
        return switch (proposers) {
            case EVERYONE -> "everyone";
            case MANAGERS -> "members who may manage the server";
            default -> "members with <@&" + proposers + "> (and those who may manage the server)";
        };
    }
}
