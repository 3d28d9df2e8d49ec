package community.platform.economy.view;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Button;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.economy.collection.Collection.Owned;
import community.platform.economy.rules.Draws.Pull;
import community.platform.economy.rules.GameRules;
import community.platform.economy.rules.GameRules.Banner;
import community.platform.economy.rules.GameRules.EspritKind;
import community.platform.economy.rules.Power;
import community.platform.economy.rules.Power.Stats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How the economy looks on Discord: embeds with the numbers, page buttons where a list is long. */
public final class EconomyViews {

    public static final int PAGE_SIZE = 10;
    static final int GOLD = 0xF1C40F;
    static final int PURPLE = 0x9B59B6;
    static final int RED = 0xE74C3C;
    static final int BLUE = 0x3498DB;
    private static final int CUSTOM_ID_LIMIT = 100;

    private EconomyViews() {
    }

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

    /** Only the currencies a command changed, as they are after it. */
    public static String changed(GameRules rules, Map<String, Long> after) {
        StringBuilder out = new StringBuilder();
        after.forEach((c, a) -> out.append(rules.currency(c).format(a)).append('\n'));
        return out.toString().strip();
    }

    public static DiscordMessage daily(GameRules rules, long member, Map<String, Long> rewards,
                                       Map<String, Long> balances, Instant next) {
        StringBuilder got = new StringBuilder();
        rewards.forEach((c, a) -> got.append("+").append(rules.currency(c).format(a)).append('\n'));
        return DiscordMessage.embed(new Embed("🎁 Daily reward claimed", "<@" + member + "> claimed:\n" + got
                + "\nNext claim <t:" + next.getEpochSecond() + ":R>.", GOLD,
                List.of(new Field("Balance", changed(rules, balances), false)), null), List.of());
    }

    public static DiscordMessage dailyTaken(Instant next) {
        return notice("⏳ Your daily reward is already claimed. The next one is ready <t:" + next.getEpochSecond()
                + ":R>.");
    }

    public static String pityLine(Banner banner, int counter) {
        return Power.bar(counter, banner.pity().guaranteedAt(), 10) + " " + counter + "/"
                + banner.pity().guaranteedAt() + " to a guaranteed " + banner.pity().rarity();
    }

    /** @param balances the paid currency's balance after the summon (empty for a free one) */
    public static DiscordMessage summon(GameRules rules, Banner banner, long member, List<Pull> pulls,
                                        List<Integer> numbers, String paid, Map<String, Long> balances) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < pulls.size(); i++) {
            Pull p = pulls.get(i);
            EspritKind kind = rules.esprits().get(p.esprit());
            lines.append(stars(rules, p.rarity())).append(" **").append(kind.name()).append("** #")
                    .append(numbers.get(i)).append(" · ").append(rules.rarity(p.rarity()).name()).append(" · ")
                    .append(kind.element()).append(p.guaranteed() ? " · pity!" : "").append('\n');
        }
        int pityAfter = pulls.get(pulls.size() - 1).pityAfter();
        List<Field> fields = new ArrayList<>(List.of(new Field("Pity", pityLine(banner, pityAfter), false),
                new Field("Paid", paid, true)));
        if (!balances.isEmpty()) {
            fields.add(new Field("Balance", changed(rules, balances), true));
        }
        return DiscordMessage.embed(new Embed("✨ " + banner.name() + " · " + pulls.size()
                + (pulls.size() == 1 ? " summon" : " summons"), "<@" + member + "> summoned:\n" + lines, PURPLE,
                fields, null), List.of());
    }

    public static String stars(GameRules rules, String rarity) {
        return "★".repeat(rules.rarity(rarity).rank() + 1);
    }

    public static String describe(GameRules rules, Owned e) {
        var kind = rules.esprit(e.kind());
        if (kind.isEmpty()) {
            return "#" + e.number() + " " + e.kind() + " (no longer in the game data)";
        }
        Stats s = Power.of(rules, kind.get(), e.level());
        return "#" + e.number() + " " + stars(rules, kind.get().rarity()) + " **" + kind.get().name() + "** Lv "
                + e.level() + " · " + kind.get().element() + " · power " + s.power();
    }

    public static int power(GameRules rules, Owned e) {
        return rules.esprit(e.kind()).map(k -> Power.of(rules, k, e.level()).power()).orElse(0);
    }

    /** One page of a filtered collection, with previous/next buttons that carry the owner, page and filters. */
    public static DiscordMessage collection(GameRules rules, long member, List<Owned> matching, int page,
                                            String rarity, String element, String name) {
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        StringBuilder lines = new StringBuilder();
        matching.stream().skip((long) (shown - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                .forEach(e -> lines.append(describe(rules, e)).append('\n'));
        String filters = (rarity == null ? "" : " rarity " + rarity) + (element == null ? "" : " element " + element)
                + (name == null ? "" : " name \"" + name + "\"");
        String description = "<@" + member + ">'s esprits" + (filters.isEmpty() ? "" : " ·" + filters) + "\n\n"
                + (matching.isEmpty() ? "No esprit matches." : lines.toString());
        List<List<Button>> rows = pages == 1 ? List.of() : List.of(List.of(
                new Button(pageId(member, shown - 1, rarity, element, name), "◀ Previous", Button.Style.SECONDARY,
                        shown == 1),
                new Button(pageId(member, shown + 1, rarity, element, name), "Next ▶", Button.Style.SECONDARY,
                        shown == pages)));
        return DiscordMessage.embed(new Embed("📚 Collection", description.strip() + "\n\nPage " + shown + "/" + pages
                + " · " + matching.size() + " esprits", BLUE, List.of(), null), rows);
    }

    static String pageId(long member, int page, String rarity, String element, String name) {
        String head = ShowEconomy.PAGE_PREFIX + ":collection:" + member + ":" + Math.max(page, 1) + ":"
                + (rarity == null ? "-" : rarity) + ":" + (element == null ? "-" : element) + ":";
        String tail = name == null ? "-" : name;
        return head + tail.substring(0, Math.min(tail.length(), Math.max(1, CUSTOM_ID_LIMIT - head.length())));
    }

    public static DiscordMessage details(GameRules rules, long member, Owned e) {
        var kind = rules.esprit(e.kind());
        if (kind.isEmpty()) {
            return notice(describe(rules, e));
        }
        Stats s = Power.of(rules, kind.get(), e.level());
        List<Field> fields = new ArrayList<>(List.of(new Field("Rarity", rules.rarity(kind.get().rarity()).name(), true),
                new Field("Element", kind.get().element(), true), new Field("Level", e.level() + "/"
                        + rules.upgrade().maxLevel(), true),
                new Field("Attack", Integer.toString(s.attack()), true),
                new Field("Defense", Integer.toString(s.defense()), true),
                new Field("Health", Integer.toString(s.health()), true),
                new Field("Power", Integer.toString(s.power()), true)));
        if (e.level() < rules.upgrade().maxLevel()) {
            fields.add(new Field("Next level costs", rules.currency(rules.upgrade().currency())
                    .format(rules.upgrade().costFrom(e.level())), true));
        }
        fields.add(new Field("Dissolves into", amounts(rules, rules.rarity(kind.get().rarity()).dissolve()), true));
        return DiscordMessage.embed(new Embed(stars(rules, kind.get().rarity()) + " " + kind.get().name() + " #"
                + e.number(), "Owned by <@" + member + "> since <t:" + e.obtainedAt().getEpochSecond() + ":d>.", BLUE,
                fields, null), List.of());
    }

    public static DiscordMessage compare(GameRules rules, Owned a, Owned b) {
        List<Field> fields = new ArrayList<>();
        for (Owned e : List.of(a, b)) {
            var kind = rules.esprit(e.kind());
            String value = kind.map(k -> {
                Stats s = Power.of(rules, k, e.level());
                return "Lv " + e.level() + "\nAttack " + s.attack() + "\nDefense " + s.defense() + "\nHealth "
                        + s.health() + "\n**Power " + s.power() + "**";
            }).orElse("no longer in the game data");
            fields.add(new Field("#" + e.number() + " " + kind.map(EspritKind::name).orElse(e.kind()), value, true));
        }
        int diff = power(rules, a) - power(rules, b);
        String verdict = diff == 0 ? "They are equally strong." : "#" + (diff > 0 ? a.number() : b.number())
                + " is stronger by " + Math.abs(diff) + " power.";
        return DiscordMessage.embed(new Embed("⚖️ Compare", verdict, BLUE, fields, null), List.of());
    }

    public static DiscordMessage team(GameRules rules, long member, Map<Integer, Owned> slots, String headline) {
        StringBuilder lines = new StringBuilder();
        int total = 0;
        for (int slot = 1; slot <= rules.teamSlots(); slot++) {
            Owned e = slots.get(slot);
            lines.append("**").append(slot).append(".** ").append(e == null ? "empty" : describe(rules, e))
                    .append('\n');
            total += e == null ? 0 : power(rules, e);
        }
        return DiscordMessage.embed(new Embed("🛡️ Team", (headline == null ? "" : headline + "\n\n") + "<@" + member
                + ">'s team\n" + lines + "\nTeam power **" + total + "**", BLUE, List.of(), null), List.of());
    }

    public static DiscordMessage profile(GameRules rules, long member, Map<String, Long> balances,
                                         Map<String, Integer> pities, int espritCount, int teamPower,
                                         Instant nextDaily, Instant nextFree, Instant now) {
        StringBuilder pity = new StringBuilder();
        for (Banner b : rules.banners().values()) {
            pity.append("**").append(b.name()).append("** ").append(pityLine(b, pities.getOrDefault(b.key(), 0)))
                    .append('\n');
        }
        String timers = "Daily: " + ready(nextDaily, now) + "\nFree summon: " + ready(nextFree, now);
        return DiscordMessage.embed(new Embed("👤 Profile", "<@" + member + ">", GOLD, List.of(
                new Field("Balance", balances(rules, balances), true),
                new Field("Collection", espritCount + " esprits\nTeam power **" + teamPower + "**", true),
                new Field("Timers", timers, true), new Field("Pity", pity.toString().strip(), false)), null),
                List.of());
    }

    private static String ready(Instant next, Instant now) {
        return next == null || !next.isAfter(now) ? "ready" : "<t:" + next.getEpochSecond() + ":R>";
    }

    /** @param ranking member -> team power, strongest first */
    public static DiscordMessage leaderboard(List<Map.Entry<Long, Integer>> ranking, long viewer) {
        StringBuilder lines = new StringBuilder();
        int place = 0;
        for (var e : ranking) {
            place++;
            if (place <= PAGE_SIZE || e.getKey() == viewer) {
                lines.append(place <= 3 ? List.of("🥇", "🥈", "🥉").get(place - 1) : "**" + place + ".**").append(" <@")
                        .append(e.getKey()).append("> · team power ").append(e.getValue()).append('\n');
            }
        }
        return DiscordMessage.embed(new Embed("🏆 Leaderboard", ranking.isEmpty() ? "No team yet: `/team optimize`."
                : lines.toString().strip(), GOLD, List.of(), ranking.size() + " members with a team"), List.of());
    }

    public static String amounts(GameRules rules, Map<String, Long> amounts) {
        if (amounts.isEmpty()) {
            return "nothing";
        }
        StringBuilder out = new StringBuilder();
        amounts.forEach((c, a) -> out.append(rules.currency(c).format(a)).append('\n'));
        return out.toString().strip();
    }

    public static DiscordMessage done(String title, String text, GameRules rules, Map<String, Long> balances) {
        return DiscordMessage.embed(new Embed(title, text, GOLD, List.of(new Field("Balance",
                balances(rules, balances), false)), null), List.of());
    }

    public static DiscordMessage settings(String section, String json, int revision) {
        String body = json.length() > 3900 ? json.substring(0, 3900) + "\n…" : json;
        return DiscordMessage.embed(new Embed("⚙️ Game data" + (section == null ? "" : ": " + section),
                "```json\n" + body + "\n```\n" + (revision == 0 ? "The defaults."
                        : "Revision " + revision + " of this server's changes."), BLUE, List.of(), null), List.of());
    }
}
