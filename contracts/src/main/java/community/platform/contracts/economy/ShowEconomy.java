package community.platform.contracts.economy;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * A read: {@code /profile}, {@code /esprit collection|details|compare}, {@code /team view}, {@code /leaderboard},
 * {@code /economy-admin show}, and the page buttons of long lists
 * ({@link community.platform.contracts.economy.ids.CollectionPageId}). {@code memberId} is whose data is shown; keyed by
 * {@code <guildId>:<memberId>} so a read follows that member's earlier changes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShowEconomy(String guildId, View view, String memberId, Integer page, Integer esprit, Integer other,
                          String rarity, String element, String name, InteractionRef interaction)
        implements Message, FromInteraction {

    public enum View { PROFILE, COLLECTION, DETAILS, COMPARE, TEAM, LEADERBOARD, SETTINGS }

    public static ShowEconomy of(String guildId, View view, String memberId, InteractionRef interaction) {
        return new ShowEconomy(guildId, view, memberId, null, null, null, null, null, null, interaction);
    }
}
