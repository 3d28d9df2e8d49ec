package community.platform.contracts.raid;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * The raid message's Finish or Cancel button, or {@code /raid_finish raid:<number>}: by the raid's leader or a member
 * who may manage the server ({@code permissions}). Finishing takes the attendance: every member who voted a day and a
 * time is present, and their participation counter grows by one, once however many finish at the same instant. Keyed
 * by {@code raidId}, or {@code <guildId>:raids} when the raid is named by its number.
 *
 * @param raidId     the raid (from a button), or null when named by {@code raidNumber}
 * @param raidNumber the raid's number in its guild ("Raid #3"), from {@code /raid_finish}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloseRaid(String guildId, String raidId, Action action, InteractionRef interaction, String permissions,
                        Integer raidNumber) implements Message, FromInteraction {

    public enum Action { FINISH, CANCEL }

    public CloseRaid(String guildId, String raidId, Action action, InteractionRef interaction, String permissions) {
        this(guildId, raidId, action, interaction, permissions, null);
    }
}
