package community.platform.contracts.raid;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * A raid command that only reads: the member's voice XP or the leaderboard, the calendar link (admins), the guild's
 * status, its dungeons and raid templates; for the platform's operators ({@code operator}, checked by the gateway
 * against its configuration) the guilds with their open raids, and the raid list of another guild
 * ({@code targetGuildId}). Answered in the command's private reply and nothing else, so its answers may skip the
 * outbox; posting a board is {@link PostRaidBoard}. Keyed by {@code <guildId>:raids}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShowRaids(String guildId, What what, InteractionRef interaction, String permissions, String memberName,
                        String targetGuildId, boolean operator) implements Message, FromInteraction {

    public enum What { XP, XP_LEADERBOARD, CALENDAR, STATUS, DUNGEONS, REMOTE_GUILDS, REMOTE_LIST }
}
