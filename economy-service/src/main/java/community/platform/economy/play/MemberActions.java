package community.platform.economy.play;

import community.platform.contracts.economy.ArrangeTeam;
import community.platform.contracts.economy.ChangeEsprit;
import community.platform.contracts.economy.ClaimDaily;
import community.platform.contracts.economy.GrantCurrency;
import community.platform.contracts.economy.Summon;
import community.platform.economy.collection.Collection;
import community.platform.economy.collection.Collection.Owned;
import community.platform.economy.rules.Draws;
import community.platform.economy.rules.Draws.Pull;
import community.platform.economy.rules.GameRules;
import community.platform.economy.rules.GameRules.Banner;
import community.platform.economy.settings.GameSettings;
import community.platform.economy.view.EconomyViews;
import community.platform.economy.wallet.Wallet;
import community.platform.economy.wallet.Wallet.Reason;
import community.platform.runtime.messaging.Delivery;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where state changes: claims, summons, upgrades, dissolves, team changes and grants. A member's commands arrive one
 * after another (keyed by member); each spend is a conditional debit, so a command the member cannot pay for changes
 * nothing and says so.
 */
@Component
class MemberActions {

    private final Wallet wallet;
    private final Collection collection;
    private final GameSettings settings;
    private final Answers answers;

    MemberActions(Wallet wallet, Collection collection, GameSettings settings, Answers answers) {
        this.wallet = wallet;
        this.collection = collection;
        this.settings = settings;
        this.answers = answers;
    }

    void claimDaily(ClaimDaily command, Delivery delivery) {
        Turn t = Turn.of(command.guildId(), command.interaction(), delivery, settings);
        GameRules rules = t.settings().rules();
        var cooldown = rules.daily().cooldown();
        if (!collection.claimDaily(t.guild(), t.member(), t.at(), cooldown)) {
            answers.reply(t, delivery, EconomyViews.dailyTaken(
                    collection.timers(t.guild(), t.member()).lastDaily().plus(cooldown)));
            return;
        }
        Map<String, Long> after = wallet.credit(t.guild(), t.member(), rules.daily().rewards(), Reason.DAILY,
                t.commandId(), t.at());
        answers.reply(t, delivery, EconomyViews.daily(rules, t.member(), rules.daily().rewards(), after,
                t.at().plus(cooldown)));
    }

    void summon(Summon command, Delivery delivery) {
        Turn t = Turn.of(command.guildId(), command.interaction(), delivery, settings);
        GameRules rules = t.settings().rules();
        Banner banner = rules.banners().get(command.banner());
        if (banner == null) {
            answers.notice(t, delivery, "There is no banner '" + command.banner() + "'. Banners: "
                    + String.join(", ", rules.banners().keySet()) + ".");
            return;
        }
        String paid;
        Map<String, Long> after = Map.of();
        if (command.free()) {
            if (banner.freeEvery() == null || command.pulls() != 1) {
                answers.notice(t, delivery, banner.name() + " has no free summon" + (banner.freeEvery() == null ? ""
                        : " of " + command.pulls() + " pulls; the free summon is a single pull") + ".");
                return;
            }
            if (!collection.claimFreeSummon(t.guild(), t.member(), t.at(), banner.freeEvery())) {
                var next = collection.timers(t.guild(), t.member()).lastFree().plus(banner.freeEvery());
                answers.notice(t, delivery, "⏳ Your free summon is used. The next one is ready <t:"
                        + next.getEpochSecond() + ":R>.");
                return;
            }
            paid = "free summon";
        } else {
            long price = banner.price(command.pulls());
            Optional<Long> left = wallet.debit(t.guild(), t.member(), banner.currency(), price, Reason.SUMMON,
                    t.commandId(), t.at());
            if (left.isEmpty()) {
                answers.notice(t, delivery, cannotPay(rules, t, banner.currency(), price,
                        command.pulls() + (command.pulls() == 1 ? " summon" : " summons") + " on " + banner.name()));
                return;
            }
            paid = rules.currency(banner.currency()).format(price);
            after = Map.of(banner.currency(), left.get());
        }
        var reserved = collection.reserve(t.guild(), t.member(), banner.key(), command.pulls());
        List<Pull> pulls = Draws.summon(rules, banner, reserved.pity(), command.pulls(), t.commandId());
        List<Integer> numbers = collection.keepPulls(t.guild(), t.member(), banner.key(), t.commandId(), pulls,
                reserved.firstNumber(), t.settings().revision(), t.at());
        answers.reply(t, delivery, EconomyViews.summon(rules, banner, t.member(), pulls, numbers, paid, after));
    }

    void changeEsprit(ChangeEsprit command, Delivery delivery) {
        Turn t = Turn.of(command.guildId(), command.interaction(), delivery, settings);
        GameRules rules = t.settings().rules();
        Optional<Owned> found = collection.lock(t.guild(), t.member(), command.esprit());
        if (found.isEmpty()) {
            answers.notice(t, delivery, "You have no esprit #" + command.esprit() + " (see `/esprit collection`).");
            return;
        }
        Owned e = found.get();
        switch (command.change()) {
            case UPGRADE -> upgrade(t, delivery, rules, e);
            case DISSOLVE -> {
                collection.dissolve(t.guild(), t.member(), e.number(), t.at());
                Map<String, Long> rewards = rules.esprit(e.kind()).map(k -> rules.rarity(k.rarity()).dissolve())
                        .orElse(Map.of());
                wallet.credit(t.guild(), t.member(), rewards, Reason.DISSOLVE, t.commandId(), t.at());
                answers.reply(t, delivery, EconomyViews.done("💨 Dissolved", EconomyViews.describe(rules, e)
                        + " was dissolved into\n" + EconomyViews.amounts(rules, rewards), rules,
                        wallet.balances(t.guild(), t.member())));
            }
        }
    }

    private void upgrade(Turn t, Delivery delivery, GameRules rules, Owned e) {
        if (rules.esprit(e.kind()).isEmpty()) {
            answers.notice(t, delivery, EconomyViews.describe(rules, e) + " cannot be upgraded.");
            return;
        }
        if (e.level() >= rules.upgrade().maxLevel()) {
            answers.notice(t, delivery, EconomyViews.describe(rules, e) + " is at the highest level ("
                    + rules.upgrade().maxLevel() + ").");
            return;
        }
        long cost = rules.upgrade().costFrom(e.level());
        if (wallet.debit(t.guild(), t.member(), rules.upgrade().currency(), cost, Reason.UPGRADE, t.commandId(),
                t.at()).isEmpty()) {
            answers.notice(t, delivery, cannotPay(rules, t, rules.upgrade().currency(), cost,
                    "upgrading #" + e.number()));
            return;
        }
        collection.raiseLevel(t.guild(), t.member(), e.number(), e.level());
        Owned raised = new Owned(e.member(), e.number(), e.kind(), e.level() + 1, e.obtainedAt());
        answers.reply(t, delivery, EconomyViews.done("⬆️ Upgraded", EconomyViews.describe(rules, raised)
                + "\nPaid " + rules.currency(rules.upgrade().currency()).format(cost) + ".", rules,
                wallet.balances(t.guild(), t.member())));
    }

    private String cannotPay(GameRules rules, Turn t, String currency, long price, String what) {
        return "💸 " + what + " costs " + rules.currency(currency).format(price) + "; you have "
                + rules.currency(currency).format(wallet.balance(t.guild(), t.member(), currency))
                + ". Nothing was spent.";
    }

    void arrangeTeam(ArrangeTeam command, Delivery delivery) {
        Turn t = Turn.of(command.guildId(), command.interaction(), delivery, settings);
        GameRules rules = t.settings().rules();
        String headline;
        switch (command.arrangement()) {
            case SET, CLEAR -> {
                if (command.slot() == null || command.slot() < 1 || command.slot() > rules.teamSlots()) {
                    answers.notice(t, delivery, "A team has slots 1 to " + rules.teamSlots() + ".");
                    return;
                }
                if (command.arrangement() == ArrangeTeam.Arrangement.CLEAR) {
                    collection.clearSlot(t.guild(), t.member(), command.slot());
                    headline = "Slot " + command.slot() + " cleared.";
                } else {
                    if (command.esprit() == null
                            || collection.lock(t.guild(), t.member(), command.esprit()).isEmpty()) {
                        answers.notice(t, delivery, "You have no esprit #" + command.esprit() + ".");
                        return;
                    }
                    collection.setSlot(t.guild(), t.member(), command.slot(), command.esprit());
                    headline = "#" + command.esprit() + " is in slot " + command.slot() + ".";
                }
            }
            case OPTIMIZE -> {
                List<Owned> best = collection.owned(t.guild(), t.member()).stream()
                        .sorted(Comparator.comparingInt((Owned e) -> EconomyViews.power(rules, e)).reversed()
                                .thenComparingInt(Owned::number))
                        .limit(rules.teamSlots()).toList();
                collection.clearTeam(t.guild(), t.member());
                for (int i = 0; i < best.size(); i++) {
                    collection.setSlot(t.guild(), t.member(), i + 1, best.get(i).number());
                }
                headline = best.isEmpty() ? "You have no esprits yet: `/summon`." : "Your strongest esprits are in the team.";
            }
            default -> throw new IllegalStateException();
        }
        answers.reply(t, delivery, EconomyViews.team(rules, t.member(), collection.team(t.guild(), t.member()),
                headline));
    }

    void grant(GrantCurrency command, Delivery delivery) {
        Turn t = Turn.of(command.guildId(), command.interaction(), delivery, settings);
        GameRules rules = t.settings().rules();
        long receiver = Long.parseLong(command.memberId());
        if (rules.currency(command.currency()) == null) {
            answers.notice(t, delivery, "There is no currency '" + command.currency() + "'. Currencies: "
                    + String.join(", ", rules.currencies().keySet()) + ".");
            return;
        }
        long amount = command.amount();
        if (amount > 0) {
            wallet.credit(t.guild(), receiver, command.currency(), amount, Reason.GRANT, t.commandId(), t.at());
        } else if (amount < 0) {
            long take = Math.min(-amount, wallet.balance(t.guild(), receiver, command.currency()));
            wallet.debit(t.guild(), receiver, command.currency(), take, Reason.GRANT, t.commandId(), t.at());
            amount = -take;
        }
        answers.reply(t, delivery, EconomyViews.done("🏦 Granted", "<@" + receiver + "> "
                + (amount >= 0 ? "received " : "gave up ") + rules.currency(command.currency()).format(Math.abs(amount))
                + (command.note() == null ? "" : " · " + command.note()), rules,
                wallet.balances(t.guild(), receiver)));
    }
}
