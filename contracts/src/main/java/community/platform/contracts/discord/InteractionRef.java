package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The Discord interaction a command came from. The application id and token address the interaction's webhook, which
 * answers the member for 15 minutes after {@code receivedAt} whatever happens to the gateway in between.
 *
 * @param messageId the message a button or select is on (null for slash commands and forms)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InteractionRef(String applicationId, String interactionId, String token, String channelId,
                             String userId, String locale, Instant receivedAt, String messageId) {

    /** An interaction that is not on a message (a slash command, a form). */
    public InteractionRef(String applicationId, String interactionId, String token, String channelId, String userId,
                          String locale, Instant receivedAt) {
        this(applicationId, interactionId, token, channelId, userId, locale, receivedAt, null);
    }

    @Override
    public String toString() {
        // the token is a credential: keep it out of logs
        return "InteractionRef[" + interactionId + " by " + userId + " in " + channelId + "]";
    }
}
