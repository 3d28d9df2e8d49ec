package community.platform.scheduler.timer;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.CancelTimer;
import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.runtime.messaging.MessageHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The timer commands on {@code scheduler.commands}: arm, move or keep a timer; cancel one. */
@Configuration
public class TimerCommandHandlers {

    @Bean
    public MessageHandler<ScheduleTimer> scheduleTimerHandler(TimerBook timers) {
        return MessageHandler.of(Topics.SCHEDULER_COMMANDS, MessageCatalog.SCHEDULE_TIMER,
                (request, delivery) -> timers.schedule(request, delivery.time()));
    }

    @Bean
    public MessageHandler<CancelTimer> cancelTimerHandler(TimerBook timers) {
        return MessageHandler.of(Topics.SCHEDULER_COMMANDS, MessageCatalog.CANCEL_TIMER,
                (request, delivery) -> timers.cancel(request));
    }
}
