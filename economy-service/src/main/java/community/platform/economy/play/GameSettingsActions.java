package community.platform.economy.play;

import community.platform.contracts.economy.ChangeGameSettings;
import community.platform.economy.rules.GameRulesReader;
import community.platform.economy.rules.InvalidGameRules;
import community.platform.economy.settings.GameSettings;
import community.platform.economy.view.EconomyViews;
import community.platform.runtime.messaging.Delivery;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A guild admin changes the game data without a deploy (the gateway lets only members with Manage Server send it).
 * The whole data is validated with the change; when it is invalid the admin sees every problem and nothing is kept.
 */
@Component
class GameSettingsActions {

    /** Problems listed in one reply; the rest are counted. */
    static final int SHOWN_PROBLEMS = 10;

    private final GameSettings settings;
    private final Answers answers;

    GameSettingsActions(GameSettings settings, Answers answers) {
        this.settings = settings;
        this.answers = answers;
    }

    void change(ChangeGameSettings command, Delivery delivery) {
        Turn t = Turn.of(command.guildId(), command.interaction(), delivery, settings);
        JsonNode overrides = switch (command.change()) {
            case RESET -> JsonNodeFactory.instance.objectNode();
            case SET -> {
                if (command.path() == null || command.value() == null) {
                    answers.notice(t, delivery, "Setting the game data needs a path and a value.");
                    yield null;
                }
                yield GameRulesReader.set(t.settings().overrides(), command.path(),
                        GameRulesReader.value(command.value()));
            }
        };
        if (overrides == null) {
            return;
        }
        GameSettings.Current after;
        try {
            after = settings.change(t.guild(), overrides, t.member(), t.at());
        } catch (InvalidGameRules e) {
            var shown = e.problems().stream().limit(SHOWN_PROBLEMS).map(p -> "• " + p).toList();
            answers.notice(t, delivery, "The game data was not changed: with this change it would be invalid.\n"
                    + String.join("\n", shown) + (e.problems().size() > SHOWN_PROBLEMS
                    ? "\n… and " + (e.problems().size() - SHOWN_PROBLEMS) + " more" : ""));
            return;
        }
        String section = command.change() == ChangeGameSettings.Change.RESET ? null : command.path();
        JsonNode shown = after.effective();
        if (section != null) {
            for (String key : section.split("\\.")) {
                shown = shown == null ? null : shown.get(key);
            }
        }
        answers.reply(t, delivery, EconomyViews.settings(section == null ? "reset to the defaults" : section,
                shown == null ? "removed" : GameRulesReader.toJson(shown), after.revision()));
    }
}
