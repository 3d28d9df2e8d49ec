package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Posts a message in a guild channel. Sent with a nonce derived from the action id, so Discord posts it once. Then the
 * bot adds {@code reactions} to it (the first votes of a star board). With {@code reportMessage} the requester hears
 * back which message it is ({@link ActionPerformed#messageId()}).
 */
public record SendChannelMessage(String guildId, String channelId, DiscordMessage message,
                                 @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean reportMessage,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> reactions)
        implements DiscordAction {

    public SendChannelMessage {
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
    }

    public SendChannelMessage(String guildId, String channelId, DiscordMessage message) {
        this(guildId, channelId, message, false, List.of());
    }

    @Override
    public String key() {
        return channelId;
    }

    @Override
    public boolean reportsOutcome() {
        return reportMessage;
    }
}
