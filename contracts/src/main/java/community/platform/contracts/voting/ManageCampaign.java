package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /campaign}: a campaign of ordered stages whose scenarios members invest tokens in. What {@code action} does:
 * {@code CREATE} a campaign ({@code title}, {@code stages}, {@code stageHours}; its id is the interaction's, its token
 * budget the constitution's); {@code SUBMIT} a scenario ({@code title}, {@code details}) for {@code stage} of campaign
 * {@code campaign} (its number in the guild), approved at once unless the constitution says scenarios need approval;
 * {@code APPROVE} scenario {@code scenario} (its number in the campaign); {@code START} the campaign's next stage.
 * Creating, approving and starting are for members who may manage the server ({@code permissions}). Keyed by
 * {@code <guildId>:campaigns}: one guild's campaigns change in order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManageCampaign(String guildId, Action action, InteractionRef interaction, String permissions,
                             Integer campaign, Integer stage, Integer scenario, String title, String details,
                             Integer stages, Integer stageHours) implements Message, FromInteraction {

    public enum Action { CREATE, SUBMIT, APPROVE, START }

    public static String key(String guildId) {
        return guildId + ":campaigns";
    }
}
