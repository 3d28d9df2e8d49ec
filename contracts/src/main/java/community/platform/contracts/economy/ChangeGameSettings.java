package community.platform.contracts.economy;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /economy-admin set path value} or {@code reset}: a guild admin changes the guild's game data (currencies,
 * rarities, rates, pity, esprits, costs, rewards). The value is JSON or plain text; the whole game data is validated
 * before anything is kept. Keyed by {@code <guildId>:settings}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeGameSettings(String guildId, Change change, String path, String value,
                                 InteractionRef interaction) implements Message, FromInteraction {

    public enum Change { SET, RESET }
}
