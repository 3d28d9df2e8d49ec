package community.platform.contracts.economy;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /economy-admin grant}: an admin adds (or, negative, takes) currency of a member; a take never goes below zero.
 * Keyed by the receiving member {@code <guildId>:<memberId>}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrantCurrency(String guildId, String memberId, String currency, long amount, String note,
                           InteractionRef interaction) implements Message, FromInteraction {
}
