package community.platform.scheduler.timer;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.messaging.RejectedMessage;
import community.platform.scheduler.config.SchedulerProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code ScheduleTimer}: arms a new timer, moves or re-arms one (a new generation, the old execution dropped), or
 * keeps it when the same request comes again. Checked by {@link TimerPolicy} first.
 */
@Component
class ScheduleTimerHandler extends TypedHandler<ScheduleTimer> {

    private final TimerRepository timers;
    private final MessageCodec codec;
    private final SchedulerProperties properties;
    private final Clock clock;

    ScheduleTimerHandler(TimerRepository timers, MessageCodec codec, SchedulerProperties properties, Clock clock) {
        super(Topics.SCHEDULER_COMMANDS, MessageCatalog.SCHEDULE_TIMER);
        this.timers = timers;
        this.codec = codec;
        this.properties = properties;
        this.clock = clock;
    }

    /** The lateness of a request is measured from when the owner asked (its {@code ce_time}). */
    @Override
    public void handle(ScheduleTimer asked, Delivery delivery) {
        // PostgreSQL keeps microseconds: compare and store the due time as it will read back
        ScheduleTimer request = new ScheduleTimer(asked.guildId(), asked.owner(), asked.timerId(), asked.entityKey(),
                asked.dueAt().truncatedTo(ChronoUnit.MICROS), asked.payload());
        String payload = codec.mapper().writeValueAsString(request.payload());
        Instant now = clock.instant();
        TimerPolicy.check(request, payload.getBytes(StandardCharsets.UTF_8).length, now, delivery.time(),
                properties.timers());
        Optional<TimerRepository.Timer> found = timers.lock(request.owner(), request.timerId());
        if (found.isEmpty()) {
            timers.insert(request.owner(), request.timerId(), request.guildId(), request.entityKey(), request.dueAt(),
                    payload, now);
            timers.arm(new TimerRef(request.owner(), request.timerId(), 1), request.dueAt());
            return;
        }
        TimerRepository.Timer existing = found.get();
        if (!existing.guildId().equals(request.guildId())) {
            throw new RejectedMessage("timer " + request.key() + " belongs to another guild");
        }
        if (!existing.state().equals("cancelled") && existing.dueAt().equals(request.dueAt())
                && existing.payload().equals(payload)) {
            return; // the same request again
        }
        long generation = existing.generation() + 1;
        timers.rearm(request.owner(), request.timerId(), request.entityKey(), request.dueAt(), payload, generation,
                now);
        if (existing.pending()) {
            timers.dropExecution(new TimerRef(request.owner(), request.timerId(), existing.generation()));
        }
        timers.arm(new TimerRef(request.owner(), request.timerId(), generation), request.dueAt());
    }
}
