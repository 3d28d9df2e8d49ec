package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import org.springframework.stereotype.Component;

/** A run's patience ran out ({@code voting:wish-sync-<id>}): it answers with what came, the rest not answered. */
@Component
class WishSyncTimerHandler extends TypedHandler<TimerFired> {

    private final WishSyncs syncs;

    WishSyncTimerHandler(WishSyncs syncs) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.TIMER_FIRED);
        this.syncs = syncs;
    }

    @Override
    public void handle(TimerFired fired, Delivery delivery) {
        if (WishSyncs.ours(fired.owner(), fired.timerId())) {
            syncs.timedOut(fired.timerId(), delivery);
        }
    }
}
