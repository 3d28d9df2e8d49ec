package community.platform.contracts.economy;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/** {@code /esprit upgrade} or {@code /esprit dissolve} of the member's esprit number {@code esprit}. Keyed by member. */
public record ChangeEsprit(String guildId, Change change, int esprit, InteractionRef interaction)
        implements Message, FromInteraction {

    public enum Change { UPGRADE, DISSOLVE }
}
