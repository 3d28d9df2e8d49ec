package community.platform.contracts.gateway;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /bot-log [channel]}: where the bot tells a guild's admins what Discord refused it (a missing permission, a
 * member above its role, a channel it cannot see); no channel stops those notices. Keyed by the guild id.
 */
public record SetLogChannel(String guildId, String channelId, String setBy, InteractionRef interaction)
        implements Message, FromInteraction {
}
