package community.platform.economy.game;

import java.util.List;

/** Game data that cannot be played: every problem found, each naming where it is ({@code banners.premium.rates}). */
public class InvalidGameRules extends RuntimeException {

    private final List<String> problems;

    public InvalidGameRules(List<String> problems) {
        super("invalid game data: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
