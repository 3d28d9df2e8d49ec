package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import java.time.Instant;

/**
 * A member joined, left or moved between voice channels. On {@code discord.events} keyed by {@code <guildId>:<userId>}.
 *
 * @param channelId         the voice channel now, absent when the member left voice
 * @param previousChannelId the voice channel before, absent when the member joined voice
 * @param afkChannelId      the guild's AFK channel at that moment, absent when it has none (time there earns nothing)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoiceStateChanged(String guildId, String userId, String channelId, String previousChannelId,
                                Instant at, String afkChannelId) implements Message {

    public VoiceStateChanged(String guildId, String userId, String channelId, String previousChannelId, Instant at) {
        this(guildId, userId, channelId, previousChannelId, at, null);
    }

    /** In a voice channel now that is not the guild's AFK channel. */
    public boolean active() {
        return channelId != null && !channelId.equals(afkChannelId);
    }
}
