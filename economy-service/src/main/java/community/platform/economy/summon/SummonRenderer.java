package community.platform.economy.summon;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.economy.game.GameRenderer;
import community.platform.economy.game.GameRules;
import community.platform.economy.game.GameRules.Banner;
import community.platform.economy.game.GameRules.EspritKind;
import community.platform.economy.summon.DrawPolicy.Pull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a member sees of {@code /summon}: each esprit drawn with its number, the pity bar, what was paid. */
public final class SummonRenderer {

    private SummonRenderer() {
    }

    /** {@code ▰▰▰▱▱▱▱▱▱▱ 30/80 to a guaranteed legendary}. */
    public static String pityLine(Banner banner, int counter) {
        return GameRenderer.bar(counter, banner.pity().guaranteedAt(), 10) + " " + counter + "/"
                + banner.pity().guaranteedAt() + " to a guaranteed " + banner.pity().rarity();
    }

    /** @param after the paid currency's balance after the summon (empty for a free one) */
    static DiscordMessage summoned(GameRules rules, Banner banner, long member, List<Pull> pulls,
                                   List<Integer> numbers, String paid, Map<String, Long> after) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < pulls.size(); i++) {
            Pull p = pulls.get(i);
            EspritKind kind = rules.esprits().get(p.esprit());
            lines.append(GameRenderer.stars(rules, p.rarity())).append(" **").append(kind.name()).append("** #")
                    .append(numbers.get(i)).append(" · ").append(rules.rarity(p.rarity()).name()).append(" · ")
                    .append(kind.element()).append(p.guaranteed() ? " · pity!" : "").append('\n');
        }
        int pityAfter = pulls.get(pulls.size() - 1).pityAfter();
        List<Field> fields = new ArrayList<>(List.of(new Field("Pity", pityLine(banner, pityAfter), false),
                new Field("Paid", paid, true)));
        if (!after.isEmpty()) {
            fields.add(new Field("Balance", GameRenderer.amounts(rules, after), true));
        }
        return DiscordMessage.embed(new Embed("✨ " + banner.name() + " · " + pulls.size()
                + (pulls.size() == 1 ? " summon" : " summons"), "<@" + member + "> summoned:\n" + lines,
                GameRenderer.PURPLE, fields, null), List.of());
    }

    static String noBanner(GameRules rules, String banner) {
        return "There is no banner '" + banner + "'. Banners: " + String.join(", ", rules.banners().keySet()) + ".";
    }

    static String noFreeSummon(Banner banner, int pulls) {
        return banner.name() + " has no free summon" + (banner.freeEvery() == null ? ""
                : " of " + pulls + " pulls; the free summon is a single pull") + ".";
    }

    static String freeSummonUsed(Instant next) {
        return "⏳ Your free summon is used. The next one is ready <t:" + next.getEpochSecond() + ":R>.";
    }
}
