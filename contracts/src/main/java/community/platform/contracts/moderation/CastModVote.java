package community.platform.contracts.moderation;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * A resolution button of an escalation clicked ({@code moderation:vote:<escalationId>:<resolution>}). Keyed by
 * {@code escalationId}: the votes of one escalation are counted one after another.
 */
public record CastModVote(String guildId, String escalationId, String resolution, Moderator moderator,
                          InteractionRef interaction) implements Message, FromInteraction {

    public static final String CUSTOM_ID_PREFIX = "moderation:vote";

    public static String customId(String escalationId, String resolution) {
        return CUSTOM_ID_PREFIX + ':' + escalationId + ':' + resolution.toLowerCase(java.util.Locale.ROOT);
    }
}
