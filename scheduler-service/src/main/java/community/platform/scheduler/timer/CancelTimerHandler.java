package community.platform.scheduler.timer;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.CancelTimer;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** {@code CancelTimer}: a pending timer of the guild is cancelled; any other (unknown, fired, cancelled) is left. */
@Component
class CancelTimerHandler extends TypedHandler<CancelTimer> {

    private final TimerRepository timers;
    private final Clock clock;

    CancelTimerHandler(TimerRepository timers, Clock clock) {
        super(Topics.SCHEDULER_COMMANDS, MessageCatalog.CANCEL_TIMER);
        this.timers = timers;
        this.clock = clock;
    }

    @Override
    public void handle(CancelTimer request, Delivery delivery) {
        timers.lock(request.owner(), request.timerId())
                .filter(t -> t.guildId().equals(request.guildId()) && t.pending())
                .ifPresent(t -> {
                    timers.markCancelled(request.owner(), request.timerId(), clock.instant());
                    timers.dropExecution(new TimerRef(request.owner(), request.timerId(), t.generation()));
                });
    }
}
