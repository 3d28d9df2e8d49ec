package community.platform.contracts.voting;

import community.platform.contracts.Message;
import java.time.Instant;
import java.util.List;

/** A campaign's stage started: its scenarios opened at the same moment, their ballots sent; keyed by campaign id. */
public record StageStarted(String guildId, String campaignId, int campaign, int stage, List<Scenario> scenarios,
                           int budget, Instant startedAt, Instant closesAt) implements Message {

    public record Scenario(String scenarioId, int number, String title) {
    }
}
