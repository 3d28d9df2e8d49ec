package community.platform.contracts.economy;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /team set slot esprit}, {@code /team clear slot}, {@code /team optimize} (the strongest esprits in every
 * slot). Keyed by member.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArrangeTeam(String guildId, Arrangement arrangement, Integer slot, Integer esprit,
                          InteractionRef interaction) implements Message, FromInteraction {

    public enum Arrangement { SET, CLEAR, OPTIMIZE }
}
