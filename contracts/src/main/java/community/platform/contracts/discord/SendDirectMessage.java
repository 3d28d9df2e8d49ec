package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Sends a member a direct message. When the member's DMs are closed (Discord error 50007) and a fallback channel is
 * given, the message is posted there instead, mentioning the member. With {@code requiredRoleId}, only a member who has
 * that role in the guild gets it (a ballot only a role votes on); bots never get DMs. The gateway paces DMs below
 * Discord's limits.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendDirectMessage(String guildId, String userId, DiscordMessage message, String fallbackChannelId,
                                String requiredRoleId) implements DiscordAction {

    public SendDirectMessage(String guildId, String userId, DiscordMessage message, String fallbackChannelId) {
        this(guildId, userId, message, fallbackChannelId, null);
    }

    @Override
    public String key() {
        return "dm:" + userId;
    }
}
