package community.platform.raid.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A planned raid: its options, its message, whether it is open. */
record Raid(long raidId, long guildId, long channelId, Long messageId, UUID replyAction, long leaderId,
            String leaderName, String dungeon, List<String> days, List<String> times, int groupSize, String note,
            Status status, Instant plannedAt) {

    enum Status { OPEN, FINISHED, CANCELLED }

    boolean open() {
        return status == Status.OPEN;
    }
}
