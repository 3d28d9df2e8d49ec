package community.platform.contracts.raid;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * {@code /backup_db} by one of the platform's operators ({@code operator}, checked by the gateway against its
 * configuration): a backup run now, asked of the scheduler ({@code RunJobNow} of the platform's {@code backup} job),
 * which every service answers with a snapshot of its schema. Keyed by {@code <guildId>:raids}.
 */
public record RequestBackup(String guildId, InteractionRef interaction, boolean operator)
        implements Message, FromInteraction {
}
