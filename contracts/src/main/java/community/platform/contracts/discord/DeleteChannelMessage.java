package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Deletes a message; one already gone counts as done. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteChannelMessage(String guildId, String channelId, String messageId, String reason)
        implements DiscordAction {

    @Override
    public String key() {
        return channelId;
    }
}
