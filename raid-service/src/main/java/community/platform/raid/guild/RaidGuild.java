package community.platform.raid.guild;

import java.time.ZoneId;

/**
 * A guild's raid settings: where raids are planned (null: any channel), where the raid list and the roster are kept
 * (null: where {@code /raidlist} or {@code /raidlist roster} was run), the log channel, how long after its last time an
 * unfinished raid is closed, the time zone its days and times are read in, and the secret of its calendar link.
 */
public record RaidGuild(long guildId, Long raidChannelId, Long listChannelId, Long rosterChannelId,
                        Long logChannelId, int staleHours, ZoneId zone, String calendarSecret) {
}
