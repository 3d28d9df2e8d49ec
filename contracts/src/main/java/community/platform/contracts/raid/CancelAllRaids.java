package community.platform.contracts.raid;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /cancel_all_raids} confirmed (a member who may manage the server), or {@code /remote_cancel_all_raids} by
 * one of the platform's operators ({@code operator}, checked by the gateway against its configuration): every open raid
 * of {@code targetGuildId} cancelled, its message shown cancelled and its role deleted. Keyed by
 * {@code <targetGuildId>:raids}.
 */
public record CancelAllRaids(String guildId, String targetGuildId, InteractionRef interaction, String permissions,
                             boolean operator) implements Message, FromInteraction {
}
