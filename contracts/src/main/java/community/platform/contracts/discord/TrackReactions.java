package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Asks the gateway to reconcile a message's reactions with Discord (on start and on every
 * {@code discord-reconciliation} run), publishing {@link ReactionsCounted}; {@code track = false} stops it. With
 * {@code emoji} the members who reacted with it are listed, paged, bots excluded (a star board's voters).
 */
public record TrackReactions(String guildId, String channelId, String messageId, boolean track,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String emoji) implements DiscordAction {

    public TrackReactions(String guildId, String channelId, String messageId, boolean track) {
        this(guildId, channelId, messageId, track, null);
    }

    @Override
    public String key() {
        return channelId;
    }
}
