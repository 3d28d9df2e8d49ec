package community.platform.scheduler.timer;

import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.runtime.messaging.RejectedMessage;
import community.platform.scheduler.config.SchedulerProperties;
import java.time.Instant;

/** What a timer request may ask for. A refused request goes to the dead-letter topic with the reason. */
final class TimerPolicy {

    private TimerPolicy() {
    }

    /**
     * @param payloadBytes size of the payload as JSON
     * @param requestedAt  when the owner asked (the command's time): lateness is measured from then, so a request
     *                     that waited in Kafka while the scheduler was down is still honoured and fires at once
     */
    static void check(ScheduleTimer request, int payloadBytes, Instant now, Instant requestedAt,
                      SchedulerProperties.Timers rules) {
        if (!rules.owners().contains(request.owner())) {
            throw new RejectedMessage("unknown timer owner '" + request.owner() + "': timers can be owned by "
                    + rules.owners().stream().sorted().toList());
        }
        Instant asked = requestedAt == null || requestedAt.isAfter(now) ? now : requestedAt;
        if (request.dueAt().isBefore(asked.minus(rules.maxLateness()))) {
            throw new RejectedMessage("due time " + request.dueAt() + " was more than " + rules.maxLateness()
                    + " in the past when it was asked for (at " + asked + ")");
        }
        if (request.dueAt().isAfter(now.plus(rules.maxHorizon()))) {
            throw new RejectedMessage("due time " + request.dueAt() + " is more than " + rules.maxHorizon()
                    + " ahead (now " + now + ")");
        }
        if (payloadBytes > rules.maxPayloadBytes()) {
            throw new RejectedMessage("payload of " + payloadBytes + " bytes is over the limit of "
                    + rules.maxPayloadBytes() + " bytes");
        }
    }
}
