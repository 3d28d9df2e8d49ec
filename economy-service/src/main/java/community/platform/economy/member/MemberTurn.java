package community.platform.economy.member;

import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;
import community.platform.economy.game.GameData;
import community.platform.economy.game.GameRules;
import community.platform.runtime.messaging.Delivery;
import java.time.Instant;

/**
 * One member's command as the economy sees it: the guild, the member, the id every draw and ledger row cites, the
 * time it happened (when the gateway received the click, so a replay decides cooldowns as the first run did), the
 * guild's game data, and the delivery the answer cites.
 */
public record MemberTurn(long guild, long member, String commandId, Instant at, GameData game,
                         FromInteraction command, Delivery delivery) {

    static MemberTurn of(FromInteraction command, Delivery delivery, GameData game) {
        InteractionRef interaction = command.interaction();
        Instant at = interaction.receivedAt() != null ? interaction.receivedAt() : delivery.time();
        return new MemberTurn(Long.parseLong(command.guildId()), Long.parseLong(interaction.userId()),
                interaction.interactionId(), at, game, command, delivery);
    }

    public GameRules rules() {
        return game.rules();
    }
}
