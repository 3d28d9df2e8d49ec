package community.platform.economy.summon;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.economy.Summon;
import community.platform.economy.game.GameDataRepository;
import community.platform.economy.game.GameRenderer;
import community.platform.economy.game.GameRules;
import community.platform.economy.game.GameRules.Banner;
import community.platform.economy.member.MemberClock;
import community.platform.economy.member.MemberClock.Timer;
import community.platform.economy.member.MemberCommandHandler;
import community.platform.economy.member.MemberTurn;
import community.platform.economy.summon.DrawPolicy.Pull;
import community.platform.economy.wallet.Wallet;
import community.platform.economy.wallet.Wallet.Reason;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code Summon}: pays (a conditional debit, or the banner's free summon once per window), draws from rolls derived
 * from the command's id ({@link DrawPolicy}), keeps the esprits and the draws, and moves the pity counter.
 */
@Component
class SummonHandler extends MemberCommandHandler<Summon> {

    private final SummonRepository summons;
    private final MemberClock clock;
    private final Wallet wallet;

    SummonHandler(GameDataRepository games, OutboxWriter outbox, SummonRepository summons, MemberClock clock,
                  Wallet wallet) {
        super(MessageCatalog.SUMMON, games, outbox);
        this.summons = summons;
        this.clock = clock;
        this.wallet = wallet;
    }

    @Override
    protected void handle(Summon command, MemberTurn t) {
        GameRules rules = t.rules();
        Banner banner = rules.banners().get(command.banner());
        if (banner == null) {
            notice(t, SummonRenderer.noBanner(rules, command.banner()));
            return;
        }
        String paid;
        Map<String, Long> after = Map.of();
        if (command.free()) {
            if (banner.freeEvery() == null || command.pulls() != 1) {
                notice(t, SummonRenderer.noFreeSummon(banner, command.pulls()));
                return;
            }
            if (!clock.claim(Timer.FREE_SUMMON, t.guild(), t.member(), t.at(), banner.freeEvery())) {
                notice(t, SummonRenderer.freeSummonUsed(clock.last(Timer.FREE_SUMMON, t.guild(), t.member())
                        .orElseThrow().plus(banner.freeEvery())));
                return;
            }
            paid = "free summon";
        } else {
            long price = banner.price(command.pulls());
            Optional<Long> left = wallet.debit(t.guild(), t.member(), banner.currency(), price, Reason.SUMMON,
                    t.commandId(), t.at());
            if (left.isEmpty()) {
                notice(t, GameRenderer.cannotPay(rules, banner.currency(), price,
                        wallet.balance(t.guild(), t.member(), banner.currency()), command.pulls()
                                + (command.pulls() == 1 ? " summon" : " summons") + " on " + banner.name()));
                return;
            }
            paid = rules.currency(banner.currency()).format(price);
            after = Map.of(banner.currency(), left.get());
        }
        var reserved = summons.reserve(t.guild(), t.member(), banner.key(), command.pulls());
        List<Pull> pulls = DrawPolicy.summon(rules, banner, reserved.pity(), command.pulls(), t.commandId());
        List<Integer> numbers = summons.keepPulls(t.guild(), t.member(), banner.key(), t.commandId(), pulls,
                reserved.firstNumber(), t.game().revision(), t.at());
        reply(t, SummonRenderer.summoned(rules, banner, t.member(), pulls, numbers, paid, after));
    }
}
