package community.platform.economy.esprit;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.economy.ChangeEsprit;
import community.platform.economy.game.Esprit;
import community.platform.economy.game.GameDataRepository;
import community.platform.economy.game.GameRenderer;
import community.platform.economy.game.GameRules;
import community.platform.economy.member.CollectionRepository;
import community.platform.economy.member.MemberCommandHandler;
import community.platform.economy.member.MemberTurn;
import community.platform.economy.wallet.Wallet;
import community.platform.economy.wallet.Wallet.Reason;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code ChangeEsprit}: upgrade (a conditional debit of the upgrade's cost, the level raised) or dissolve (the esprit
 * gone once, its rarity's rewards credited). The esprit is locked for the change.
 */
@Component
class ChangeEspritHandler extends MemberCommandHandler<ChangeEsprit> {

    private final CollectionRepository collection;
    private final EspritRepository esprits;
    private final Wallet wallet;

    ChangeEspritHandler(GameDataRepository games, OutboxWriter outbox, CollectionRepository collection,
                        EspritRepository esprits, Wallet wallet) {
        super(MessageCatalog.CHANGE_ESPRIT, games, outbox);
        this.collection = collection;
        this.esprits = esprits;
        this.wallet = wallet;
    }

    @Override
    protected void handle(ChangeEsprit command, MemberTurn t) {
        Optional<Esprit> found = collection.lock(t.guild(), t.member(), command.esprit());
        if (found.isEmpty()) {
            notice(t, EspritRenderer.notYours(command.esprit()));
            return;
        }
        switch (command.change()) {
            case UPGRADE -> upgrade(t, found.get());
            case DISSOLVE -> dissolve(t, found.get());
        }
    }

    private void upgrade(MemberTurn t, Esprit e) {
        GameRules rules = t.rules();
        if (rules.esprit(e.kind()).isEmpty()) {
            notice(t, EspritRenderer.cannotUpgrade(rules, e));
            return;
        }
        if (e.level() >= rules.upgrade().maxLevel()) {
            notice(t, EspritRenderer.atHighestLevel(rules, e));
            return;
        }
        String currency = rules.upgrade().currency();
        long cost = rules.upgrade().costFrom(e.level());
        if (wallet.debit(t.guild(), t.member(), currency, cost, Reason.UPGRADE, t.commandId(), t.at()).isEmpty()) {
            notice(t, GameRenderer.cannotPay(rules, currency, cost, wallet.balance(t.guild(), t.member(), currency),
                    "upgrading #" + e.number()));
            return;
        }
        esprits.raiseLevel(t.guild(), t.member(), e.number(), e.level());
        reply(t, EspritRenderer.upgraded(rules, e.raised(), cost, wallet.balances(t.guild(), t.member())));
    }

    private void dissolve(MemberTurn t, Esprit e) {
        GameRules rules = t.rules();
        esprits.dissolve(t.guild(), t.member(), e.number(), t.at());
        Map<String, Long> rewards = rules.esprit(e.kind()).map(k -> rules.rarity(k.rarity()).dissolve())
                .orElse(Map.of());
        wallet.credit(t.guild(), t.member(), rewards, Reason.DISSOLVE, t.commandId(), t.at());
        reply(t, EspritRenderer.dissolved(rules, e, rewards, wallet.balances(t.guild(), t.member())));
    }
}
