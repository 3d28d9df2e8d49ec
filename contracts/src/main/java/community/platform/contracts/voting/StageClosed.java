package community.platform.contracts.voting;

import community.platform.contracts.Message;
import java.time.Instant;
import java.util.List;

/** A campaign's stage closed on its timer, with each scenario's tokens and investors; keyed by campaign id. */
public record StageClosed(String guildId, String campaignId, int campaign, int stage, List<Result> results,
                          boolean last, Instant closedAt) implements Message {

    public record Result(String scenarioId, int number, String title, long tokens, int investors) {
    }
}
