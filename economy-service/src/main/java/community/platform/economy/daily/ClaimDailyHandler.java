package community.platform.economy.daily;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.economy.ClaimDaily;
import community.platform.economy.game.GameDataRepository;
import community.platform.economy.game.GameRules;
import community.platform.economy.member.MemberClock;
import community.platform.economy.member.MemberClock.Timer;
import community.platform.economy.member.MemberCommandHandler;
import community.platform.economy.member.MemberTurn;
import community.platform.economy.wallet.Wallet;
import community.platform.economy.wallet.Wallet.Reason;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code ClaimDaily}: one claim per cooldown window, however many clicks arrive; the rewards credited with it. */
@Component
class ClaimDailyHandler extends MemberCommandHandler<ClaimDaily> {

    private final MemberClock clock;
    private final Wallet wallet;

    ClaimDailyHandler(GameDataRepository games, OutboxWriter outbox, MemberClock clock, Wallet wallet) {
        super(MessageCatalog.CLAIM_DAILY, games, outbox);
        this.clock = clock;
        this.wallet = wallet;
    }

    @Override
    protected void handle(ClaimDaily command, MemberTurn t) {
        GameRules rules = t.rules();
        Duration cooldown = rules.daily().cooldown();
        if (!clock.claim(Timer.DAILY, t.guild(), t.member(), t.at(), cooldown)) {
            reply(t, DailyRenderer.taken(clock.last(Timer.DAILY, t.guild(), t.member()).orElseThrow().plus(cooldown)));
            return;
        }
        Map<String, Long> after = wallet.credit(t.guild(), t.member(), rules.daily().rewards(), Reason.DAILY,
                t.commandId(), t.at());
        reply(t, DailyRenderer.claimed(rules, t.member(), rules.daily().rewards(), after, t.at().plus(cooldown)));
    }
}
