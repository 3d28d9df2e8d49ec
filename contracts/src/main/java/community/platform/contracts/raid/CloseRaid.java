package community.platform.contracts.raid;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * The raid message's Finish or Cancel button (or {@code /raid_finish}): by the raid's leader or a member who may
 * manage the server ({@code permissions}). Finishing takes the attendance: every member who voted a day and a time is
 * present, and their participation counter grows by one, once however many finish at the same instant. Keyed by
 * {@code raidId}.
 */
public record CloseRaid(String guildId, String raidId, Action action, InteractionRef interaction, String permissions)
        implements Message, FromInteraction {

    public enum Action { FINISH, CANCEL }
}
