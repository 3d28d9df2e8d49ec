package community.platform.contracts.scheduler;

import community.platform.contracts.Message;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A timer came due. Published on the owner's {@code <owner>.commands} topic keyed by {@code entityKey}, so it is
 * ordered with the other commands on that entity. Its {@code ce_id} derives from {@code (owner, timerId, generation)}:
 * a repeated firing of one arming carries the same id and the owner's inbox drops it.
 *
 * @param generation how many times the timer has been armed; a re-armed timer fires again with a new id
 */
public record TimerFired(String guildId, String owner, String timerId, String entityKey, long generation,
                         Instant dueAt, Instant firedAt, JsonNode payload) implements Message {
}
