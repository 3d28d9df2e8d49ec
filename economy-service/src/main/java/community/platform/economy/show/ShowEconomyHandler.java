package community.platform.economy.show;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.economy.esprit.CollectionPolicy;
import community.platform.economy.esprit.EspritRenderer;
import community.platform.economy.game.Esprit;
import community.platform.economy.game.GameDataRepository;
import community.platform.economy.game.GameRenderer;
import community.platform.economy.game.GameRules;
import community.platform.economy.game.GameDataJson;
import community.platform.economy.game.PowerPolicy;
import community.platform.economy.member.CollectionRepository;
import community.platform.economy.member.MemberClock;
import community.platform.economy.member.MemberClock.Timer;
import community.platform.economy.member.MemberCommandHandler;
import community.platform.economy.member.MemberTurn;
import community.platform.economy.summon.SummonRepository;
import community.platform.economy.team.TeamRenderer;
import community.platform.economy.wallet.Wallet;
import community.platform.runtime.messaging.DirectReplies;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ShowEconomy}: the reads (profile, a collection page, one esprit, two compared, a team, the leaderboard, the
 * game data). Only this guild's rows; nothing changes, so with {@code economy.direct-reads} the answers go straight to
 * {@code discord.actions}, without the outbox's round trip (on by default: measured pairs in the README).
 */
@Component
class ShowEconomyHandler extends MemberCommandHandler<ShowEconomy> {

    private final Wallet wallet;
    private final CollectionRepository collection;
    private final SummonRepository summons;
    private final MemberClock clock;

    ShowEconomyHandler(GameDataRepository games, OutboxWriter outbox, DirectReplies replies,
                       @Value("${economy.direct-reads:true}") boolean directReads, Wallet wallet,
                       CollectionRepository collection, SummonRepository summons, MemberClock clock) {
        super(MessageCatalog.SHOW_ECONOMY, games, outbox, replies, directReads);
        this.wallet = wallet;
        this.collection = collection;
        this.summons = summons;
        this.clock = clock;
    }

    @Override
    protected void handle(ShowEconomy command, MemberTurn t) {
        GameRules rules = t.rules();
        long whose = Long.parseLong(command.memberId());
        switch (command.view()) {
            case PROFILE -> profile(t, whose);
            case COLLECTION -> {
                Optional<String> refusal = CollectionPolicy.refusal(rules, command.rarity(), command.element());
                if (refusal.isPresent()) {
                    notice(t, refusal.get());
                    return;
                }
                reply(t, EspritRenderer.collection(rules, whose, CollectionPolicy.matching(rules,
                        collection.owned(t.guild(), whose), command.rarity(), command.element(), command.name()),
                        command.page() == null ? 1 : command.page(), command.rarity(), command.element(),
                        command.name()));
            }
            case DETAILS -> espritOf(t, whose, command.esprit()).ifPresent(e ->
                    reply(t, EspritRenderer.details(rules, whose, e)));
            case COMPARE -> espritOf(t, whose, command.esprit()).ifPresent(a ->
                    espritOf(t, whose, command.other()).ifPresent(b -> reply(t, EspritRenderer.compare(rules, a, b))));
            case TEAM -> reply(t, TeamRenderer.team(rules, whose, collection.team(t.guild(), whose), null));
            case LEADERBOARD -> reply(t, ShowRenderer.leaderboard(LeaderboardPolicy.ranking(rules,
                    collection.teamsOfGuild(t.guild())), t.member()));
            case SETTINGS -> t.game().section(command.name()).ifPresentOrElse(
                    data -> reply(t, GameRenderer.gameData(command.name(), GameDataJson.write(data),
                            t.game().revision())),
                    () -> notice(t, ShowRenderer.noSection(command.name(), t.game().effective().propertyNames())));
        }
    }

    private void profile(MemberTurn t, long whose) {
        GameRules rules = t.rules();
        var freeEvery = rules.banners().values().stream().map(GameRules.Banner::freeEvery).filter(Objects::nonNull)
                .findFirst();
        int teamPower = collection.team(t.guild(), whose).values().stream()
                .mapToInt(e -> PowerPolicy.power(rules, e)).sum();
        reply(t, ShowRenderer.profile(rules, whose, wallet.balances(t.guild(), whose),
                summons.pities(t.guild(), whose), collection.owned(t.guild(), whose).size(), teamPower,
                clock.last(Timer.DAILY, t.guild(), whose).map(last -> last.plus(rules.daily().cooldown())).orElse(null),
                clock.last(Timer.FREE_SUMMON, t.guild(), whose).flatMap(last -> freeEvery.map(last::plus))
                        .orElse(null), t.at()));
    }

    private Optional<Esprit> espritOf(MemberTurn t, long whose, Integer number) {
        Optional<Esprit> e = number == null ? Optional.empty() : collection.find(t.guild(), whose, number);
        if (e.isEmpty()) {
            notice(t, EspritRenderer.notInCollection(whose, t.member(), number));
        }
        return e;
    }
}
