package community.platform.economy.admin;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.economy.ChangeGameSettings;
import community.platform.economy.game.GameData;
import community.platform.economy.game.GameDataRepository;
import community.platform.economy.game.GameRenderer;
import community.platform.economy.game.GameDataJson;
import community.platform.economy.game.InvalidGameRules;
import community.platform.economy.member.MemberCommandHandler;
import community.platform.economy.member.MemberTurn;
import community.platform.runtime.outbox.OutboxWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code ChangeGameSettings}: a guild admin changes the game data without a deploy (the gateway lets only members
 * with Manage Server send it). The whole data is validated with the change; when it is invalid the admin sees every
 * problem and nothing is kept.
 */
@Component
class ChangeGameSettingsHandler extends MemberCommandHandler<ChangeGameSettings> {

    private final GameDataRepository games;

    ChangeGameSettingsHandler(GameDataRepository games, OutboxWriter outbox) {
        super(MessageCatalog.CHANGE_GAME_SETTINGS, games, outbox);
        this.games = games;
    }

    @Override
    protected void handle(ChangeGameSettings command, MemberTurn t) {
        JsonNode overrides;
        String section;
        switch (command.change()) {
            case RESET -> {
                overrides = JsonNodeFactory.instance.objectNode();
                section = null;
            }
            case SET -> {
                if (command.path() == null || command.value() == null) {
                    notice(t, AdminRenderer.SET_NEEDS_PATH_AND_VALUE);
                    return;
                }
                overrides = GameDataJson.set(t.game().overrides(), command.path(),
                        GameDataJson.value(command.value()));
                section = command.path();
            }
            default -> throw new IllegalStateException("change " + command.change());
        }
        GameData after;
        try {
            after = games.change(t.guild(), overrides, t.member(), t.at());
        } catch (InvalidGameRules e) {
            notice(t, AdminRenderer.invalid(e.problems()));
            return;
        }
        reply(t, GameRenderer.gameData(section == null ? "reset to the defaults" : section, after.section(section)
                .map(GameDataJson::write).orElse("removed"), after.revision()));
    }
}
