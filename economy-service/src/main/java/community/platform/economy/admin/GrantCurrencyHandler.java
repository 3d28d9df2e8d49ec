package community.platform.economy.admin;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.economy.GrantCurrency;
import community.platform.economy.game.GameDataRepository;
import community.platform.economy.game.GameRules;
import community.platform.economy.member.MemberCommandHandler;
import community.platform.economy.member.MemberTurn;
import community.platform.economy.wallet.Wallet;
import community.platform.economy.wallet.Wallet.Reason;
import community.platform.runtime.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * {@code GrantCurrency}: an admin gives a member currency, or takes it back (never below zero: at most what the
 * member has is taken). Written to the ledger as a grant.
 */
@Component
class GrantCurrencyHandler extends MemberCommandHandler<GrantCurrency> {

    private final Wallet wallet;

    GrantCurrencyHandler(GameDataRepository games, OutboxWriter outbox, Wallet wallet) {
        super(MessageCatalog.GRANT_CURRENCY, games, outbox);
        this.wallet = wallet;
    }

    @Override
    protected void handle(GrantCurrency command, MemberTurn t) {
        GameRules rules = t.rules();
        long receiver = Long.parseLong(command.memberId());
        String currency = command.currency();
        if (rules.currency(currency) == null) {
            notice(t, AdminRenderer.noCurrency(rules, currency));
            return;
        }
        long amount = command.amount();
        if (amount > 0) {
            wallet.credit(t.guild(), receiver, currency, amount, Reason.GRANT, t.commandId(), t.at());
        } else if (amount < 0) {
            long take = Math.min(-amount, wallet.balance(t.guild(), receiver, currency));
            wallet.debit(t.guild(), receiver, currency, take, Reason.GRANT, t.commandId(), t.at());
            amount = -take;
        }
        reply(t, AdminRenderer.granted(rules, receiver, currency, amount, command.note(),
                wallet.balances(t.guild(), receiver)));
    }
}
