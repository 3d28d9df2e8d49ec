package community.platform.contracts.raid;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /settings setting value} (members who may manage the server, {@code permissions}): the raid, list, roster
 * and log channels, the stale time, the time zone of the raids' days and times, the reminder lead, the dungeon list
 * and templates. The raid service checks the name and the value. Keyed by {@code <guildId>:raids}.
 */
public record ConfigureRaids(String guildId, String setting, String value, InteractionRef interaction,
                             String permissions) implements Message, FromInteraction {
}
