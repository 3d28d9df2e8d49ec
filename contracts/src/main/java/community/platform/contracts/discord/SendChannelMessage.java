package community.platform.contracts.discord;

/** Posts a message in a guild channel. Sent with a nonce derived from the action id, so Discord posts it once. */
public record SendChannelMessage(String guildId, String channelId, DiscordMessage message) implements DiscordAction {

    @Override
    public String key() {
        return channelId;
    }
}
