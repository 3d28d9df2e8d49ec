package community.platform.voting.campaign;

import java.time.Instant;

/** A scenario proposed for one stage of a campaign: approved or waiting, opened with its stage, closed with it. */
record Scenario(long scenarioId, long campaignId, int number, int stage, String title, String details,
                long proposedBy, boolean approved, Instant openedAt, Instant closedAt) {
}
