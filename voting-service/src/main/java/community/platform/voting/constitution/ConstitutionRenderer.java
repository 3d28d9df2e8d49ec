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
                new Field("Threshold", "the winning choice needs more than " + c.thresholdPercent()
                        + " % of the ballots that chose", false)), "/constitution set changes them (Manage Server)"),
                List.of());
    }

    static DiscordMessage changed(String variable, String previous, String value) {
        return DiscordMessage.text("📜 " + variable + " is now " + value + " % (was " + previous
                + " %). Proposals opened from now on are decided by it.");
    }
}
