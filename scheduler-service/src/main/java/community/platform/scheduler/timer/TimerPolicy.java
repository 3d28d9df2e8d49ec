package community.platform.scheduler.timer;

import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.runtime.messaging.RejectedMessage;
import community.platform.scheduler.config.SchedulerSettings;
import java.time.Instant;

/** What a timer request may ask for. A refused request goes to the dead-letter topic with the reason. */
final class TimerPolicy {

    private TimerPolicy() {
    }

    /** @param payloadBytes size of the payload as JSON */
    static void check(ScheduleTimer request, int payloadBytes, Instant now, SchedulerSettings.Timers rules) {
        if (!rules.owners().contains(request.owner())) {
            throw new RejectedMessage("unknown timer owner '" + request.owner() + "': timers can be owned by "
                    + rules.owners().stream().sorted().toList());
        }
        if (request.dueAt().isBefore(now.minus(rules.maxLateness()))) {
            throw new RejectedMessage("due time " + request.dueAt() + " is more than " + rules.maxLateness()
                    + " in the past (now " + now + ")");
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
