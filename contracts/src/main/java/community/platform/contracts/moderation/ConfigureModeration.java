package community.platform.contracts.moderation;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /modsettings setting value}: a guild's moderation settings (quorum, the clock, the tie rule, who moderates,
 * action parameters, automatic escalation after warnings). Keyed by {@code <guildId>:settings}.
 */
public record ConfigureModeration(String guildId, String setting, String value, Moderator moderator,
                                  InteractionRef interaction) implements Message, FromInteraction {
}
