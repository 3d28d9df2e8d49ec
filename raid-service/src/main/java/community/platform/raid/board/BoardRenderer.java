package community.platform.raid.board;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Embed;
import java.util.List;

/**
 * The raid list (one line per open raid: its number, dungeon, best slot, how many voted, a link to its message) and the
 * roster (members with their participation counts, most first), each cut to fit an embed with "and N more".
 */
final class BoardRenderer {

    static final int LIST_COLOR = 0x5865F2;
    static final int ROSTER_COLOR = 0xFEE75C;
    /** Discord's limit on an embed's description. */
    static final int DESCRIPTION_MAX = 4096;

    private BoardRenderer() {
    }

    static String rosterLine(BoardRepository.RosterLine m) {
        return (m.name() == null ? "member " + m.memberId() : m.name()) + " — " + m.raids()
                + (m.raids() == 1 ? " raid" : " raids");
    }

    static DiscordMessage list(List<String> lines) {
        return DiscordMessage.embed(new Embed("📋 Open raids (" + lines.size() + ")", lines.isEmpty()
                ? "No open raids. Plan one with /raidplan." : fit(lines), LIST_COLOR, List.of(),
                "Kept current by the bot"), List.of());
    }

    static DiscordMessage roster(List<String> lines) {
        return DiscordMessage.embed(new Embed("👥 Roster (" + lines.size() + ")", lines.isEmpty()
                ? "Nobody yet: members appear once they vote on a raid." : fit(lines), ROSTER_COLOR, List.of(),
                "Raids each member was present at · kept current by the bot"), List.of());
    }

    /** The lines that fit an embed's description, then how many more there are. */
    static String fit(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String more = "\n… and " + (lines.size() - i) + " more";
            if (out.length() + lines.get(i).length() + 1 + more.length() > DESCRIPTION_MAX) {
                return out + more;
            }
            out.append(i == 0 ? "" : "\n").append(lines.get(i));
        }
        return out.toString();
    }
}
