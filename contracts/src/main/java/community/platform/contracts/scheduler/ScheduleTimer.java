package community.platform.contracts.scheduler;

import community.platform.contracts.Message;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Asks the scheduler to fire {@link TimerFired} at {@code dueAt}. Sent to {@code scheduler.commands} keyed by
 * {@code <owner>:<timerId>}. Idempotent by {@code (owner, timerId)}: the same request again changes nothing; a
 * different {@code dueAt} or {@code payload} re-arms the timer (a pending timer moves, a fired or cancelled one is armed
 * again).
 *
 * @param owner     the service that gets the firing on its {@code <owner>.commands} topic ("moderation")
 * @param timerId   the owner's name for the timer, unique per owner ("escalation-42-auto-resolve")
 * @param entityKey the key of the firing on the owner's topic: the entity whose commands must stay in order
 * @param payload   handed back verbatim in {@link TimerFired}; at most {@code scheduler.timers.max-payload-bytes}
 */
public record ScheduleTimer(String guildId, String owner, String timerId, String entityKey, Instant dueAt,
                            JsonNode payload) implements Message {

    public String key() {
        return owner + ':' + timerId;
    }
}
