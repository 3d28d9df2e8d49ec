package community.platform.raid.guild;

import java.time.ZoneId;

/**
 * A guild's raid settings: where raids are planned (null: any channel), where the raid list and the roster are kept
 * (null: where {@code /raidlist} or {@code /raidlist roster} was run), the log channel, how long after its last time an
 * unfinished raid is closed, the time zone its days and times are read in, the secret of its calendar link, and how
 * long before a raid's slot its members are reminded (0: never), and its dungeon list (empty: any dungeon).
 */
public record RaidGuild(long guildId, Long raidChannelId, Long listChannelId, Long rosterChannelId,
                        Long logChannelId, int staleHours, ZoneId zone, String calendarSecret, int reminderMinutes,
                        java.util.List<String> dungeons) {

    /** The guild's name of a dungeon (any dungeon when the list is empty); empty when the list lacks it. */
    public java.util.Optional<String> dungeon(String typed) {
        if (dungeons.isEmpty()) {
            return java.util.Optional.of(typed);
        }
        return dungeons.stream().filter(d -> d.equalsIgnoreCase(typed.strip())).findFirst();
    }
}
