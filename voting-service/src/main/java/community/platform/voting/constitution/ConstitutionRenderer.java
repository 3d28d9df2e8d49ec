package community.platform.voting.constitution;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import java.util.List;

/** The constitution as members read it, and what a change did. */
final class ConstitutionRenderer {

    private ConstitutionRenderer() {
    }

    static DiscordMessage show(Constitution c) {
        return DiscordMessage.embed(new Embed("📜 Constitution", "The rules this server's proposals are decided by."
                + " A proposal keeps the rules it opened with.", 0x5865F2, List.of(
                new Field("Quorum", c.quorumPercent() + " % of the members cast a ballot (abstaining counts)", false),
                new Field("Threshold", "the winning option needs more than " + c.thresholdPercent()
                        + " % of the ballots that chose", false),
                new Field("Duration", "a vote runs " + c.defaultHours() + " hours unless its proposer says", false),
                new Field("Proposers", c.proposersInWords() + " may open proposals", false),
                new Field("Campaign budget", c.campaignBudget() + " tokens per member and campaign", false),
                new Field("Scenario approval", c.scenarioApproval() ? "an admin approves each scenario"
                        : "scenarios are approved when submitted", false)),
                "/constitution set changes them (Manage Server)"),
                List.of());
    }

    static DiscordMessage changed(String variable, String previous, String value) {
        return DiscordMessage.text("📜 " + variable + " is now " + shown(variable, value) + " (was "
                + shown(variable, previous) + "). Proposals opened from now on follow it.");
    }

    private static String shown(String variable, String value) {
        return switch (variable) {
            case "quorum", "threshold" -> value + " %";
            case "duration" -> value + " hours";
            case "budget" -> value + " tokens";
            case "approval" -> value;
            default -> value.chars().allMatch(Character::isDigit) ? "<@&" + value + ">" : value;
        };
    }
}
