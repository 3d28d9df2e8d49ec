package community.platform.economy.play;

import community.platform.contracts.discord.InteractionRef;
import community.platform.economy.settings.GameSettings;
import community.platform.runtime.messaging.Delivery;
import java.time.Instant;

/**
 * One member's command as the economy sees it: the guild, the member, the id every draw and ledger row cites, the
 * time it happened (when the gateway received the click, so a replay decides cooldowns as the first run did) and
 * the game data of the guild.
 */
record Turn(long guild, long member, String commandId, Instant at, GameSettings.Current settings,
            InteractionRef interaction, String guildId) {

    static Turn of(String guildId, InteractionRef interaction, Delivery delivery, GameSettings settings) {
        long guild = Long.parseLong(guildId);
        Instant at = interaction.receivedAt() != null ? interaction.receivedAt() : delivery.time();
        return new Turn(guild, Long.parseLong(interaction.userId()), interaction.interactionId(), at,
                settings.of(guild), interaction, guildId);
    }
}
