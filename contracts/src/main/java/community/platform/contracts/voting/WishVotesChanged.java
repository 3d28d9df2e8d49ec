package community.platform.contracts.voting;

import community.platform.contracts.Message;
import java.time.Instant;

/**
 * A wish's 🌟 votes changed: a member starred or unstarred it ({@code REACTION}), or the reconciliation with Discord
 * corrected what was missed ({@code RECONCILIATION}); keyed by wish id.
 */
public record WishVotesChanged(String guildId, String wishId, int number, int votes, Source source, Instant at)
        implements Message {

    public enum Source { REACTION, RECONCILIATION }
}
