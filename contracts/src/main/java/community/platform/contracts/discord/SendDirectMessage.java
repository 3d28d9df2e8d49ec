package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Sends a member a direct message. When the member's DMs are closed (Discord error 50007) and a fallback channel is
 * given, the message is posted there instead, mentioning the member.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendDirectMessage(String guildId, String userId, DiscordMessage message, String fallbackChannelId)
        implements DiscordAction {

    @Override
    public String key() {
        return "dm:" + userId;
    }
}
