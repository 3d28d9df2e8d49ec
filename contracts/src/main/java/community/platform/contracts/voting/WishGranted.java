package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import java.time.Instant;

/**
 * A wish was granted: its votes reached the guild's threshold ({@code THRESHOLD}; a channel wish's channel is created)
 * or an admin granted it ({@code ADMIN}, {@code adminId}); keyed by wish id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WishGranted(String guildId, String wishId, int number, int votes, By by, String adminId, Instant at)
        implements Message {

    public enum By { THRESHOLD, ADMIN }
}
