package community.platform.economy.show;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.economy.game.GameRenderer;
import community.platform.economy.game.GameRules;
import community.platform.economy.game.GameRules.Banner;
import community.platform.economy.summon.SummonRenderer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a member sees of {@code /profile} and {@code /leaderboard}. */
final class ShowRenderer {

    private ShowRenderer() {
    }

    static DiscordMessage profile(GameRules rules, long member, Map<String, Long> balances,
                                  Map<String, Integer> pities, int espritCount, int teamPower, Instant nextDaily,
                                  Instant nextFree, Instant now) {
        StringBuilder pity = new StringBuilder();
        for (Banner b : rules.banners().values()) {
            pity.append("**").append(b.name()).append("** ")
                    .append(SummonRenderer.pityLine(b, pities.getOrDefault(b.key(), 0))).append('\n');
        }
        String timers = "Daily: " + ready(nextDaily, now) + "\nFree summon: " + ready(nextFree, now);
        return DiscordMessage.embed(new Embed("👤 Profile", "<@" + member + ">", GameRenderer.GOLD, List.of(
                new Field("Balance", GameRenderer.balances(rules, balances), true),
                new Field("Collection", espritCount + " esprits\nTeam power **" + teamPower + "**", true),
                new Field("Timers", timers, true), new Field("Pity", pity.toString().strip(), false)), null),
                List.of());
    }

    private static String ready(Instant next, Instant now) {
        return next == null || !next.isAfter(now) ? "ready" : "<t:" + next.getEpochSecond() + ":R>";
    }

    /** The first page of the ranking, and the viewer's own place when it is further down. */
    static DiscordMessage leaderboard(List<Map.Entry<Long, Integer>> ranking, long viewer) {
        StringBuilder lines = new StringBuilder();
        int place = 0;
        for (var e : ranking) {
            place++;
            if (place <= GameRenderer.PAGE_SIZE || e.getKey() == viewer) {
                lines.append(place <= 3 ? List.of("🥇", "🥈", "🥉").get(place - 1) : "**" + place + ".**").append(" <@")
                        .append(e.getKey()).append("> · team power ").append(e.getValue()).append('\n');
            }
        }
        return DiscordMessage.embed(new Embed("🏆 Leaderboard", ranking.isEmpty() ? "No team yet: `/team optimize`."
                : lines.toString().strip(), GameRenderer.GOLD, List.of(), ranking.size() + " members with a team"),
                List.of());
    }

    static String noSection(String section, Iterable<String> sections) {
        return "The game data has no '" + section + "'. Sections: " + String.join(", ", sections) + ".";
    }
}
