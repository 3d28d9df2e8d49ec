package community.platform.voting.constitution;

import community.platform.contracts.discord.MemberPermissions;
import java.util.List;

/**
 * A guild's rules for proposals: the quorum (the share of the server's members, in percent, who must cast a ballot,
 * abstaining included), the pass threshold (the share, in percent, the winning option must have more than), how long
 * a vote runs when its proposer does not say ({@code defaultHours}), and who may open proposals ({@code proposers}:
 * {@code everyone}, {@code managers} (members who may manage the server), or a role's id: its members and the
 * managers), each member's token budget in a campaign, and whether a campaign's scenarios need an admin's approval.
 */
public record Constitution(int quorumPercent, int thresholdPercent, int defaultHours, String proposers,
                           int campaignBudget, boolean scenarioApproval) {

    public static final String EVERYONE = "everyone";
    public static final String MANAGERS = "managers";
    public static final long MANAGE_SERVER = MemberPermissions.MANAGE_SERVER;
    public static final long ADMINISTRATOR = MemberPermissions.ADMINISTRATOR;

    /** No quorum, a simple majority, a day's vote, everyone proposes. */
    public static final Constitution DEFAULT = new Constitution(0, 50, 24, EVERYONE, 10, false);

    /** The rules a proposal keeps: quorum and threshold (the rest only matter when it opens). */
    public Constitution(int quorumPercent, int thresholdPercent) {
        this(quorumPercent, thresholdPercent, DEFAULT.defaultHours, DEFAULT.proposers, DEFAULT.campaignBudget,
                DEFAULT.scenarioApproval);
    }

    public Constitution(int quorumPercent, int thresholdPercent, int defaultHours, String proposers) {
        this(quorumPercent, thresholdPercent, defaultHours, proposers, DEFAULT.campaignBudget,
                DEFAULT.scenarioApproval);
    }

    Constitution with(String variable, Object value) {
        return new Constitution(
                variable.equals("quorum") ? (Integer) value : quorumPercent,
                variable.equals("threshold") ? (Integer) value : thresholdPercent,
                variable.equals("duration") ? (Integer) value : defaultHours,
                variable.equals("proposers") ? (String) value : proposers,
                variable.equals("budget") ? (Integer) value : campaignBudget,
                variable.equals("approval") ? (Boolean) value : scenarioApproval);
    }

    public String valueOf(String variable) {
        return switch (variable) {
            case "quorum" -> Integer.toString(quorumPercent);
            case "threshold" -> Integer.toString(thresholdPercent);
            case "duration" -> Integer.toString(defaultHours);
            case "proposers" -> proposers;
            case "budget" -> Integer.toString(campaignBudget);
            case "approval" -> scenarioApproval ? "required" : "automatic";
            default -> throw new IllegalArgumentException(variable);
        };
    }

    public static boolean manages(long permissions) {
        return MemberPermissions.managesServer(permissions);
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
