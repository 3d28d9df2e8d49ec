package community.platform.raid.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A planned raid: its number in the guild, its options (as typed, and read as dates and clock times in the guild's
 * zone when planned), its message, its temporary role once the gateway reported it, whether it is open.
 */
record Raid(long raidId, long guildId, long channelId, Long messageId, UUID replyAction, long leaderId,
            String leaderName, String dungeon, List<String> days, List<String> times, int groupSize, String note,
            Status status, Instant plannedAt, Integer raidNumber, List<LocalDate> slotDates, List<LocalTime> slotTimes,
            ZoneId zone, Instant lastSlotAt, Long roleId, String closeReason) {

    enum Status { OPEN, FINISHED, CANCELLED }

    boolean open() {
        return status == Status.OPEN;
    }

    /** "Raid #3 · Crypt of Ash" (a raid planned before raids had numbers: the dungeon). */
    String title() {
        return raidNumber == null ? dungeon : "Raid #" + raidNumber + " · " + dungeon;
    }

    /** The instant a day and a time name, when the raid's options were read as dates and times. */
    Optional<Instant> at(int day, int time) {
        if (slotDates == null || slotTimes == null) {
            return Optional.empty();
        }
        return Optional.of(slotDates.get(day).atTime(slotTimes.get(time)).atZone(zone).toInstant());
    }

    /** The link to the raid's message. */
    String link() {
        return messageId == null ? null : "https://discord.com/channels/" + guildId + "/" + channelId + "/" + messageId;
    }
}
