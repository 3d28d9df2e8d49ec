package community.platform.contracts.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import java.time.Instant;

/**
 * A moderator's immediate action on a report ended: Discord did it ({@code DONE}) or refused it ({@code REFUSED}), and
 * what the case says ({@code shown}). On {@code moderation.events} keyed by the escalation.
 */
public record ModActionTaken(String guildId, String escalationId, String memberId, String action,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String reason, String moderatorId,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String moderatorName, String outcome,
                             String shown, Instant at) implements Message {
}
