package community.platform.economy.daily;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.economy.game.GameRenderer;
import community.platform.economy.game.GameRules;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a member sees of {@code /daily}: what was claimed and the balances after, or when the next claim opens. */
final class DailyRenderer {

    private DailyRenderer() {
    }

    static DiscordMessage claimed(GameRules rules, long member, Map<String, Long> rewards, Map<String, Long> after,
                                  Instant next) {
        StringBuilder got = new StringBuilder();
        rewards.forEach((c, a) -> got.append("+").append(rules.currency(c).format(a)).append('\n'));
        return DiscordMessage.embed(new Embed("🎁 Daily reward claimed", "<@" + member + "> claimed:\n" + got
                + "\nNext claim <t:" + next.getEpochSecond() + ":R>.", GameRenderer.GOLD,
                List.of(new Field("Balance", GameRenderer.amounts(rules, after), false)), null), List.of());
    }

    static DiscordMessage taken(Instant next) {
        return GameRenderer.notice("⏳ Your daily reward is already claimed. The next one is ready <t:"
                + next.getEpochSecond() + ":R>.");
    }
}
