package community.platform.voting.campaign;

import java.time.Instant;

/**
 * A campaign as stored: its number in the guild, its stages and their length, each member's token budget (the
 * constitution's when it was created), whether scenarios need an admin's approval, and the stage running or last run
 * ({@code stage} 0: none yet).
 */
record Campaign(long campaignId, long guildId, int number, long channelId, String title, int stages, int stageHours,
                int budget, boolean needsApproval, long createdBy, int stage, boolean stageOpen,
                Instant stageClosesAt) {

    boolean finished() {
        return !stageOpen && stage >= stages;
    }
}
