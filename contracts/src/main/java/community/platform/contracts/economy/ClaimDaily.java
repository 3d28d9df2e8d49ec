package community.platform.contracts.economy;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /daily}: the interaction's member claims the daily reward. Keyed by member ({@code <guildId>:<userId>}), so one
 * member's claims are decided one after another: one per window however many clicks arrive.
 */
public record ClaimDaily(String guildId, InteractionRef interaction) implements Message, FromInteraction {
}
