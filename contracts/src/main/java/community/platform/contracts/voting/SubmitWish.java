package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /wish} (or its form, for long text): a member's wish in one of the guild's categories, posted in the guild's
 * suggestions channel, where members vote with 🌟. Its id is the interaction's. Keyed by {@code <guildId>:wishes}: one
 * guild's wishes are numbered in order.
 *
 * @param authorName the member's display name when they wished (shown on the wish)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmitWish(String guildId, InteractionRef interaction, String category, String text, String authorName)
        implements Message, FromInteraction {

    public static String key(String guildId) {
        return guildId + ":wishes";
    }
}
