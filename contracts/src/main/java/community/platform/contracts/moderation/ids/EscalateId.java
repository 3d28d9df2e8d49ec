package community.platform.contracts.moderation.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Optional;

/**
 * A report's Escalate button: {@code moderation:escalate:<memberId>:<messageId or ->}: each click opens a new vote on
 * the member (and the reported message, if any).
 */
public record EscalateId(String memberId, String messageId) implements CustomId {

    public static final String PREFIX = "moderation:escalate";

    public EscalateId {
        if (!CustomId.snowflake(memberId) || (messageId != null && !CustomId.snowflake(messageId))) {
            throw new IllegalArgumentException("an escalate button needs a member id (and a message id or none)");
        }
    }

    @Override
    public String format() {
        return CustomId.checked(PREFIX + ':' + memberId + ':' + (messageId == null ? "-" : messageId));
    }

    public static Optional<EscalateId> parse(String id) {
        return CustomId.parts(id, PREFIX, 4).flatMap(p -> CustomId.snowflake(p.get(2))
                && (p.get(3).equals("-") || CustomId.snowflake(p.get(3)))
                ? Optional.of(new EscalateId(p.get(2), p.get(3).equals("-") ? null : p.get(3)))
                : Optional.empty());
    }
}
