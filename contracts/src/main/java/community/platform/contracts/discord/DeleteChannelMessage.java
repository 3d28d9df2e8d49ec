package community.platform.contracts.discord;

/** Deletes a message; one already gone counts as done. */
public record DeleteChannelMessage(String guildId, String channelId, String messageId, String reason)
        implements DiscordAction {

    @Override
    public String key() {
        return channelId;
    }
}
