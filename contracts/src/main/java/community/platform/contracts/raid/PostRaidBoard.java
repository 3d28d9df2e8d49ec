package community.platform.contracts.raid;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /raidlist} (admins): the guild's raid list, or with {@code board:roster} its roster, posted in the command's
 * channel and kept current there by edits (the old message, elsewhere, deleted). A write, unlike {@link ShowRaids}: it
 * moves the board and posts a message. Keyed by {@code <guildId>:raids}, the key of the boards' edit timers.
 */
public record PostRaidBoard(String guildId, Board board, InteractionRef interaction, String permissions)
        implements Message, FromInteraction {

    public enum Board { LIST, ROSTER }
}
