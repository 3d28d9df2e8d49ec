package community.platform.scheduler.timer;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageType;
import community.platform.contracts.Topic;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.CancelTimer;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.MessageHandler;
import org.springframework.stereotype.Component;

/** {@code CancelTimer} on {@code scheduler.commands}: a pending timer never fires. */
@Component
public class CancelTimerHandler implements MessageHandler<CancelTimer> {

    private final TimerBook timers;

    public CancelTimerHandler(TimerBook timers) {
        this.timers = timers;
    }

    @Override
    public Topic topic() {
        return Topics.SCHEDULER_COMMANDS;
    }

    @Override
    public MessageType<CancelTimer> type() {
        return MessageCatalog.CANCEL_TIMER;
    }

    @Override
    public void handle(CancelTimer request, Delivery delivery) {
        timers.cancel(request);
    }
}
