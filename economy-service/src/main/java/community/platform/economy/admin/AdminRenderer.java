package community.platform.economy.admin;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.economy.game.GameRenderer;
import community.platform.economy.game.GameRules;
import java.util.List;
import java.util.Map;

/** What an admin sees of a grant or of a change to the game data that was refused. */
final class AdminRenderer {

    /** Problems listed in one reply; the rest are counted. */
    static final int SHOWN_PROBLEMS = 10;
    static final String SET_NEEDS_PATH_AND_VALUE = "Setting the game data needs a path and a value.";

    private AdminRenderer() {
    }

    static String invalid(List<String> problems) {
        var shown = problems.stream().limit(SHOWN_PROBLEMS).map(p -> "• " + p).toList();
        return "The game data was not changed: with this change it would be invalid.\n" + String.join("\n", shown)
                + (problems.size() > SHOWN_PROBLEMS ? "\n… and " + (problems.size() - SHOWN_PROBLEMS) + " more" : "");
    }

    static String noCurrency(GameRules rules, String currency) {
        return "There is no currency '" + currency + "'. Currencies: " + String.join(", ", rules.currencies().keySet())
                + ".";
    }

    static DiscordMessage granted(GameRules rules, long receiver, String currency, long amount, String note,
                                  Map<String, Long> balances) {
        return GameRenderer.done("🏦 Granted", "<@" + receiver + "> " + (amount >= 0 ? "received " : "gave up ")
                + rules.currency(currency).format(Math.abs(amount)) + (note == null ? "" : " · " + note), rules,
                balances);
    }
}
