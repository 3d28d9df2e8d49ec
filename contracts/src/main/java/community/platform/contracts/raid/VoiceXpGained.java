package community.platform.contracts.raid;

import community.platform.contracts.Message;
import java.time.Instant;

/**
 * A member earned voice XP: {@code minutes} whole minutes in a voice channel (the AFK channel earns nothing) credited
 * up to {@code at}, worth {@code xp}; {@code totalXp} after it. Keyed by {@code <guildId>:<memberId>}.
 */
public record VoiceXpGained(String guildId, String memberId, int minutes, long xp, long totalXp, Instant at)
        implements Message {
}
