package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /constitution show} (variable and value null) or {@code /constitution set variable value}: a guild's
 * governance rules (quorum, pass threshold). Setting needs Manage Server ({@code permissions}: the member's Discord
 * permission bits as the interaction gave them). Keyed by {@code <guildId>:constitution}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigureConstitution(String guildId, String variable, String value, String permissions,
                                    InteractionRef interaction) implements Message, FromInteraction {
}
