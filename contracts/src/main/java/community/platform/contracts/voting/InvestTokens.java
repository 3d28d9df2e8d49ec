package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;
import java.util.List;

/**
 * A member invests tokens of their campaign budget in a scenario (the form of its ballot, sent by DM). Keyed by
 * {@code scenarioId}. The investment and the budget's decrement are one conditional statement in one transaction:
 * investments sent from several DMs at the same instant never overdraw. From a DM {@code guildId} is null and
 * {@code roleIds} holds the member's shared servers and roles (see {@link CastBallot}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvestTokens(String guildId, String scenarioId, int tokens, InteractionRef interaction,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> roleIds)
        implements Message, FromInteraction {

    public InvestTokens {
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    }
}
