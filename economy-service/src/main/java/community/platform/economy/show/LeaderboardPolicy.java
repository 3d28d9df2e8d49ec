package community.platform.economy.show;

import community.platform.economy.game.Esprit;
import community.platform.economy.game.GameRules;
import community.platform.economy.game.PowerPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The leaderboard's order: members by the power of their team, strongest first, ties by member id. */
final class LeaderboardPolicy {

    private LeaderboardPolicy() {
    }

    static List<Map.Entry<Long, Integer>> ranking(GameRules rules, List<Esprit> teamEsprits) {
        Map<Long, Integer> power = new HashMap<>();
        for (Esprit e : teamEsprits) {
            power.merge(e.member(), PowerPolicy.power(rules, e), Integer::sum);
        }
        return power.entrySet().stream().sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).toList();
    }
}
