package community.platform.contracts.moderation;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * A resolution button of an escalation clicked ({@link community.platform.contracts.moderation.ids.ModVoteId}). Keyed by
 * {@code escalationId}: the votes of one escalation are counted one after another.
 */
public record CastModVote(String guildId, String escalationId, String resolution, Moderator moderator,
                          InteractionRef interaction) implements Message, FromInteraction {
}
