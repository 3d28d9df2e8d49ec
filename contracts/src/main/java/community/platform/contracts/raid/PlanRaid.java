package community.platform.contracts.raid;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;
import java.util.List;

/**
 * {@code /raidplan}'s form: a raid on {@code dungeon} whose members pick every day and time they can make from
 * {@code days} and {@code times} (each 1 to 25, within Discord's select), for a group of {@code groupSize}. The raid's
 * id is the interaction's; its message is the form's public reply. Keyed by the raid id.
 *
 * @param leaderName the leader's display name when planning (shown, never a mention)
 * @param template   {@code /raidplan template:<name>}: the guild's saved template fills the raid (dungeon, days, times
 *                   and group size are then absent: empty lists, 0), the note is the member's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanRaid(String guildId, InteractionRef interaction, String leaderName, String dungeon,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> days,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> times,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) int groupSize, String note, String template)
        implements Message, FromInteraction {

    public PlanRaid {
        days = days == null ? List.of() : List.copyOf(days);
        times = times == null ? List.of() : List.copyOf(times);
    }

    public PlanRaid(String guildId, InteractionRef interaction, String leaderName, String dungeon, List<String> days,
                    List<String> times, int groupSize, String note) {
        this(guildId, interaction, leaderName, dungeon, days, times, groupSize, note, null);
    }
}
