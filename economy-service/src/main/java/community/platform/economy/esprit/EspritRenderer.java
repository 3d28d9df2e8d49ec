package community.platform.economy.esprit;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Button;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.contracts.economy.ids.CollectionPageId;
import community.platform.economy.game.Esprit;
import community.platform.economy.game.GameRenderer;
import community.platform.economy.game.GameRules;
import community.platform.economy.game.GameRules.EspritKind;
import community.platform.economy.game.PowerPolicy;
import community.platform.economy.game.PowerPolicy.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a member sees of esprits: an upgrade or dissolve, a page of the collection, one esprit, two compared. */
public final class EspritRenderer {

    private EspritRenderer() {
    }

    static DiscordMessage upgraded(GameRules rules, Esprit raised, long cost, Map<String, Long> balances) {
        return GameRenderer.done("⬆️ Upgraded", GameRenderer.describe(rules, raised) + "\nPaid "
                + rules.currency(rules.upgrade().currency()).format(cost) + ".", rules, balances);
    }

    static DiscordMessage dissolved(GameRules rules, Esprit e, Map<String, Long> rewards, Map<String, Long> balances) {
        return GameRenderer.done("💨 Dissolved", GameRenderer.describe(rules, e) + " was dissolved into\n"
                + GameRenderer.amounts(rules, rewards), rules, balances);
    }

    static String notYours(int number) {
        return "You have no esprit #" + number + " (see `/esprit collection`).";
    }

    static String cannotUpgrade(GameRules rules, Esprit e) {
        return GameRenderer.describe(rules, e) + " cannot be upgraded.";
    }

    static String atHighestLevel(GameRules rules, Esprit e) {
        return GameRenderer.describe(rules, e) + " is at the highest level (" + rules.upgrade().maxLevel() + ").";
    }

    /** A member looked at an esprit number that is not in {@code whose} collection in this server. */
    public static String notInCollection(long whose, long viewer, Integer number) {
        return (whose == viewer ? "You have" : "<@" + whose + "> has") + " no esprit #" + number + " in this server.";
    }

    /** One page of a filtered collection, with previous/next buttons that carry the owner, page and filters. */
    public static DiscordMessage collection(GameRules rules, long member, List<Esprit> matching, int page,
                                            String rarity, String element, String name) {
        int pages = Math.max(1, (matching.size() + GameRenderer.PAGE_SIZE - 1) / GameRenderer.PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        StringBuilder lines = new StringBuilder();
        matching.stream().skip((long) (shown - 1) * GameRenderer.PAGE_SIZE).limit(GameRenderer.PAGE_SIZE)
                .forEach(e -> lines.append(GameRenderer.describe(rules, e)).append('\n'));
        String filters = (rarity == null ? "" : " rarity " + rarity) + (element == null ? "" : " element " + element)
                + (name == null ? "" : " name \"" + name + "\"");
        String description = "<@" + member + ">'s esprits" + (filters.isEmpty() ? "" : " ·" + filters) + "\n\n"
                + (matching.isEmpty() ? "No esprit matches." : lines.toString());
        List<List<Button>> rows = pages == 1 ? List.of() : List.of(List.of(
                new Button(new CollectionPageId(Long.toString(member), Math.max(shown - 1, 1), rarity, element, name)
                        .format(), "◀ Previous", Button.Style.SECONDARY, shown == 1),
                new Button(new CollectionPageId(Long.toString(member), Math.min(shown + 1, pages), rarity, element,
                        name).format(), "Next ▶", Button.Style.SECONDARY, shown == pages)));
        return DiscordMessage.embed(new Embed("📚 Collection", description.strip() + "\n\nPage " + shown + "/" + pages
                + " · " + matching.size() + " esprits", GameRenderer.BLUE, List.of(), null), rows);
    }

    public static DiscordMessage details(GameRules rules, long member, Esprit e) {
        var kind = rules.esprit(e.kind());
        if (kind.isEmpty()) {
            return GameRenderer.notice(GameRenderer.describe(rules, e));
        }
        Stats s = PowerPolicy.of(rules, kind.get(), e.level());
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
        fields.add(new Field("Dissolves into", GameRenderer.amounts(rules,
                rules.rarity(kind.get().rarity()).dissolve()), true));
        return DiscordMessage.embed(new Embed(GameRenderer.stars(rules, kind.get().rarity()) + " " + kind.get().name()
                + " #" + e.number(), "Owned by <@" + member + "> since <t:" + e.obtainedAt().getEpochSecond() + ":d>.",
                GameRenderer.BLUE, fields, null), List.of());
    }

    public static DiscordMessage compare(GameRules rules, Esprit a, Esprit b) {
        List<Field> fields = new ArrayList<>();
        for (Esprit e : List.of(a, b)) {
            var kind = rules.esprit(e.kind());
            String value = kind.map(k -> {
                Stats s = PowerPolicy.of(rules, k, e.level());
                return "Lv " + e.level() + "\nAttack " + s.attack() + "\nDefense " + s.defense() + "\nHealth "
                        + s.health() + "\n**Power " + s.power() + "**";
            }).orElse("no longer in the game data");
            fields.add(new Field("#" + e.number() + " " + kind.map(EspritKind::name).orElse(e.kind()), value, true));
        }
        int diff = PowerPolicy.power(rules, a) - PowerPolicy.power(rules, b);
        String verdict = diff == 0 ? "They are equally strong." : "#" + (diff > 0 ? a.number() : b.number())
                + " is stronger by " + Math.abs(diff) + " power.";
        return DiscordMessage.embed(new Embed("⚖️ Compare", verdict, GameRenderer.BLUE, fields, null), List.of());
    }
}
