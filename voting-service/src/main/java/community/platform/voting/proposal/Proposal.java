package community.platform.voting.proposal;

import java.time.Instant;

/** A proposal as stored. */
record Proposal(long proposalId, long guildId, long channelId, String title, String details, long openedBy,
                Instant openedAt, Instant closesAt) {

    boolean openAt(Instant now) {
        return now.isBefore(closesAt);
    }
}
