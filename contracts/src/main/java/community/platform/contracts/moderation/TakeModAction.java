package community.platform.contracts.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * A moderator acts at once on a report ({@link community.platform.contracts.moderation.ids.ModActionId}): deletes the
 * reported message, times out, restricts, kicks or bans the member, with the reason given in the form. Keyed by
 * {@code escalationId}: two moderators acting at once are handled one after the other, and the action is taken once.
 */
public record TakeModAction(String guildId, String escalationId, String action,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String reason, Moderator moderator,
                            InteractionRef interaction) implements Message, FromInteraction {
}
