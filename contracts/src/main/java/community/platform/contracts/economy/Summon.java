package community.platform.contracts.economy;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /summon}: {@code pulls} (1 or 10) on a banner, paid in the banner's currency, or the free single summon when
 * {@code free}. Keyed by member. The draws are derived from the interaction id, so a replay draws the same esprits.
 */
public record Summon(String guildId, String banner, int pulls, boolean free, InteractionRef interaction)
        implements Message, FromInteraction {
}
