package community.platform.scheduler.timer;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageType;
import community.platform.contracts.Topic;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.MessageHandler;
import org.springframework.stereotype.Component;

/** {@code ScheduleTimer} on {@code scheduler.commands}: arm, move or keep a timer. */
@Component
public class ScheduleTimerHandler implements MessageHandler<ScheduleTimer> {

    private final TimerBook timers;

    public ScheduleTimerHandler(TimerBook timers) {
        this.timers = timers;
    }

    @Override
    public Topic topic() {
        return Topics.SCHEDULER_COMMANDS;
    }

    @Override
    public MessageType<ScheduleTimer> type() {
        return MessageCatalog.SCHEDULE_TIMER;
    }

    @Override
    public void handle(ScheduleTimer request, Delivery delivery) {
        timers.schedule(request);
    }
}
