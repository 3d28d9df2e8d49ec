package community.platform.contracts.discord;

/**
 * Asks the gateway to reconcile a message's reactions with Discord (on start and on every
 * {@code discord-reconciliation} run), publishing {@link ReactionsCounted}; {@code track = false} stops it.
 */
public record TrackReactions(String guildId, String channelId, String messageId, boolean track)
        implements DiscordAction {

    @Override
    public String key() {
        return channelId;
    }
}
