package community.platform.contracts.discord;

/** Replaces a message the bot posted earlier. */
public record EditChannelMessage(String guildId, String channelId, String messageId, DiscordMessage message)
        implements DiscordAction {

    @Override
    public String key() {
        return channelId;
    }
}
