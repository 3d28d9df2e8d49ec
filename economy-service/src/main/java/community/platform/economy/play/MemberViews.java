package community.platform.economy.play;

import community.platform.contracts.economy.ShowEconomy;
import community.platform.economy.collection.Collection;
import community.platform.economy.collection.Collection.Owned;
import community.platform.economy.rules.GameRules;
import community.platform.economy.rules.GameRulesReader;
import community.platform.economy.settings.GameSettings;
import community.platform.economy.view.EconomyViews;
import community.platform.economy.wallet.Wallet;
import community.platform.runtime.messaging.Delivery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Reads: profile, collection pages, details, compare, team, leaderboard, game data. Only this guild's rows. */
@Component
class MemberViews {

    private final Wallet wallet;
    private final Collection collection;
    private final GameSettings settings;
    private final Answers answers;

    MemberViews(Wallet wallet, Collection collection, GameSettings settings, Answers answers) {
        this.wallet = wallet;
        this.collection = collection;
        this.settings = settings;
        this.answers = answers;
    }

    void show(ShowEconomy command, Delivery delivery) {
        Turn t = Turn.of(command.guildId(), command.interaction(), delivery, settings);
        GameRules rules = t.settings().rules();
        long whose = Long.parseLong(command.memberId());
        switch (command.view()) {
            case PROFILE -> {
                var timers = collection.timers(t.guild(), whose);
                var freeEvery = rules.banners().values().stream().map(GameRules.Banner::freeEvery)
                        .filter(java.util.Objects::nonNull).findFirst();
                answers.reply(t, delivery, EconomyViews.profile(rules, whose, wallet.balances(t.guild(), whose),
                        collection.pities(t.guild(), whose), collection.owned(t.guild(), whose).size(),
                        teamPower(rules, collection.team(t.guild(), whose).values()),
                        timers.lastDaily() == null ? null : timers.lastDaily().plus(rules.daily().cooldown()),
                        timers.lastFree() == null || freeEvery.isEmpty() ? null : timers.lastFree().plus(freeEvery.get()),
                        t.at()));
            }
            case COLLECTION -> collection(t, delivery, rules, whose, command);
            case DETAILS -> espritOf(t, delivery, whose, command.esprit()).ifPresent(e ->
                    answers.reply(t, delivery, EconomyViews.details(rules, whose, e)));
            case COMPARE -> espritOf(t, delivery, whose, command.esprit()).ifPresent(a ->
                    espritOf(t, delivery, whose, command.other()).ifPresent(b ->
                            answers.reply(t, delivery, EconomyViews.compare(rules, a, b))));
            case TEAM -> answers.reply(t, delivery, EconomyViews.team(rules, whose, collection.team(t.guild(), whose),
                    null));
            case LEADERBOARD -> {
                Map<Long, Integer> power = new HashMap<>();
                for (Owned e : collection.teamsOfGuild(t.guild())) {
                    power.merge(e.member(), EconomyViews.power(rules, e), Integer::sum);
                }
                List<Map.Entry<Long, Integer>> ranking = power.entrySet().stream()
                        .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey())).toList();
                answers.reply(t, delivery, EconomyViews.leaderboard(ranking, t.member()));
            }
            case SETTINGS -> {
                JsonNode data = t.settings().effective();
                String section = command.name();
                if (section != null) {
                    for (String key : section.split("\\.")) {
                        data = data == null ? null : data.get(key);
                    }
                }
                if (data == null) {
                    answers.notice(t, delivery, "The game data has no '" + section + "'. Sections: "
                            + String.join(", ", t.settings().effective().propertyNames()) + ".");
                } else {
                    answers.reply(t, delivery, EconomyViews.settings(section, GameRulesReader.toJson(data),
                            t.settings().revision()));
                }
            }
        }
    }

    private void collection(Turn t, Delivery delivery, GameRules rules, long whose, ShowEconomy command) {
        String rarity = command.rarity();
        String element = command.element();
        if (rarity != null && rules.rarities().stream().noneMatch(r -> r.key().equals(rarity))) {
            answers.notice(t, delivery, "There is no rarity '" + rarity + "'. Rarities: "
                    + String.join(", ", rules.rarities().stream().map(GameRules.Rarity::key).toList()) + ".");
            return;
        }
        if (element != null && !rules.elements().contains(element)) {
            answers.notice(t, delivery, "There is no element '" + element + "'. Elements: "
                    + String.join(", ", rules.elements()) + ".");
            return;
        }
        String name = command.name() == null ? null : command.name().toLowerCase(Locale.ROOT);
        List<Owned> matching = collection.owned(t.guild(), whose).stream().filter(e -> {
            var kind = rules.esprit(e.kind());
            return (rarity == null || kind.map(k -> k.rarity().equals(rarity)).orElse(false))
                    && (element == null || kind.map(k -> k.element().equals(element)).orElse(false))
                    && (name == null || kind.map(k -> k.name().toLowerCase(Locale.ROOT).contains(name))
                    .orElse(e.kind().contains(name)));
        }).sorted(Comparator.comparingInt((Owned e) -> EconomyViews.power(rules, e)).reversed()
                .thenComparingInt(Owned::number)).toList();
        answers.reply(t, delivery, EconomyViews.collection(rules, whose, matching,
                command.page() == null ? 1 : command.page(), rarity, element, command.name()));
    }

    private Optional<Owned> espritOf(Turn t, Delivery delivery, long whose, Integer number) {
        Optional<Owned> e = number == null ? Optional.empty() : collection.find(t.guild(), whose, number);
        if (e.isEmpty()) {
            answers.notice(t, delivery, (whose == t.member() ? "You have" : "<@" + whose + "> has") + " no esprit #"
                    + number + " in this server.");
        }
        return e;
    }

    private static int teamPower(GameRules rules, java.util.Collection<Owned> team) {
        return team.stream().mapToInt(e -> EconomyViews.power(rules, e)).sum();
    }
}
