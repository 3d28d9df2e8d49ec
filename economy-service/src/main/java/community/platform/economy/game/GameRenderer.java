package community.platform.economy.game;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.economy.game.PowerPolicy.Stats;
import java.util.List;
import java.util.Map;

/** The economy's look shared by every feature: colours, amounts, an esprit in one line, a notice, the game data. */
public final class GameRenderer {

    public static final int GOLD = 0xF1C40F;
    public static final int PURPLE = 0x9B59B6;
    public static final int RED = 0xE74C3C;
    public static final int BLUE = 0x3498DB;
    /** Lines of one page of a list (a collection, a leaderboard). */
    public static final int PAGE_SIZE = 10;

    private GameRenderer() {
    }

    /** A refusal or a problem: the member's reply, in red. */
    public static DiscordMessage notice(String text) {
        return DiscordMessage.embed(new Embed(null, text, RED, List.of(), null), List.of());
    }

    /** Every currency of the game; one the member never had shows 0. */
    public static String balances(GameRules rules, Map<String, Long> balances) {
        StringBuilder out = new StringBuilder();
        for (var c : rules.currencies().values()) {
            out.append(c.format(balances.getOrDefault(c.key(), 0L))).append('\n');
        }
        return out.toString().strip();
    }

    /** Only the given currencies ("nothing" when none), one per line. */
    public static String amounts(GameRules rules, Map<String, Long> amounts) {
        if (amounts.isEmpty()) {
            return "nothing";
        }
        StringBuilder out = new StringBuilder();
        amounts.forEach((c, a) -> out.append(rules.currency(c).format(a)).append('\n'));
        return out.toString().strip();
    }

    public static String stars(GameRules rules, String rarity) {
        return "★".repeat(rules.rarity(rarity).rank() + 1);
    }

    /** {@code #12 ★★★ **Solar Drake** Lv 3 · light · power 640}. */
    public static String describe(GameRules rules, Esprit e) {
        var kind = rules.esprit(e.kind());
        if (kind.isEmpty()) {
            return "#" + e.number() + " " + e.kind() + " (no longer in the game data)";
        }
        Stats s = PowerPolicy.of(rules, kind.get(), e.level());
        return "#" + e.number() + " " + stars(rules, kind.get().rarity()) + " **" + kind.get().name() + "** Lv "
                + e.level() + " · " + kind.get().element() + " · power " + s.power();
    }

    /** A progress bar of {@code width} cells: {@code ▰▰▰▱▱▱}. */
    public static String bar(int value, int max, int width) {
        int filled = max <= 0 ? width : Math.min(width, (int) Math.floor((double) value * width / max));
        return "▰".repeat(filled) + "▱".repeat(width - filled);
    }

    /** A refused spend: what it costs and what the member has. */
    public static String cannotPay(GameRules rules, String currency, long price, long have, String what) {
        return "💸 " + what + " costs " + rules.currency(currency).format(price) + "; you have "
                + rules.currency(currency).format(have) + ". Nothing was spent.";
    }

    /** A change done, with the member's balances after it. */
    public static DiscordMessage done(String title, String text, GameRules rules, Map<String, Long> balances) {
        return DiscordMessage.embed(new Embed(title, text, GOLD, List.of(new Field("Balance",
                balances(rules, balances), false)), null), List.of());
    }

    /** A section of the game data as JSON, and which revision of the guild's changes it is. */
    public static DiscordMessage gameData(String section, String json, int revision) {
        String body = json.length() > 3900 ? json.substring(0, 3900) + "\n…" : json;
        return DiscordMessage.embed(new Embed("⚙️ Game data" + (section == null ? "" : ": " + section),
                "```json\n" + body + "\n```\n" + (revision == 0 ? "The defaults."
                        : "Revision " + revision + " of this server's changes."), BLUE, List.of(), null), List.of());
    }
}
