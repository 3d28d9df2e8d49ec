package community.platform.contracts.raid;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;
import java.util.List;

/**
 * A member's pick on the raid message's day or time select: every option they can make ({@code values}, the options'
 * indexes; none withdraws that part). Keyed by {@code raidId}: one raid's votes are applied in order.
 *
 * @param memberName the member's display name when voting (listed on the raid, never a mention)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoteRaid(String guildId, String raidId, Part part, List<Integer> values, InteractionRef interaction,
                       String memberName) implements Message, FromInteraction {

    public enum Part { DAY, TIME }

    public VoteRaid {
        values = List.copyOf(values);
    }
}
