package community.platform.raid.voice;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Voice sessions (who is in a voice channel other than the AFK channel, credited up to when) and members' voice XP. */
@Repository
class VoiceRepository {

    /** What one crediting earned. */
    record Credit(long memberId, int minutes, long xp, long totalXp, Instant until) {
    }

    record Standing(long memberId, String name, long xp, long minutes, int rank, int ranked) {
    }

    private final JdbcTemplate jdbc;

    VoiceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's session, locked. */
    Optional<Instant> lockSession(long guildId, long memberId) {
        return jdbc.query("select credited_until from voice_session where guild_id = ? and member_id = ? for update",
                (rs, n) -> rs.getTimestamp(1).toInstant(), guildId, memberId).stream().findFirst();
    }

    void open(long guildId, long memberId, long channelId, Instant at) {
        jdbc.update("""
                insert into voice_session (guild_id, member_id, channel_id, credited_until) values (?, ?, ?, ?)
                on conflict (guild_id, member_id) do update set channel_id = excluded.channel_id""",
                guildId, memberId, channelId, Timestamp.from(at));
    }

    void close(long guildId, long memberId) {
        jdbc.update("delete from voice_session where guild_id = ? and member_id = ?", guildId, memberId);
    }

    /** Members in voice in the guild, locked, with what they are credited up to. */
    List<long[]> lockSessions(long guildId) {
        return jdbc.query("select member_id, (extract(epoch from credited_until) * 1000)::bigint from voice_session"
                + " where guild_id = ? order by member_id for update", (rs, n) -> new long[] {rs.getLong(1),
                rs.getLong(2)}, guildId);
    }

    /**
     * Credits the whole minutes between what the session was credited up to and {@code until} (none when less than a
     * minute passed), {@code perMinute} XP each; the session moves on by those minutes only, so the part of a minute
     * left counts toward the next.
     */
    Optional<Credit> credit(long guildId, long memberId, Instant creditedUntil, Instant until, int perMinute) {
        long minutes = Duration.between(creditedUntil, until).toMinutes();
        if (minutes <= 0) {
            return Optional.empty();
        }
        Instant moved = creditedUntil.plus(Duration.ofMinutes(minutes));
        jdbc.update("update voice_session set credited_until = ? where guild_id = ? and member_id = ?",
                Timestamp.from(moved), guildId, memberId);
        long xp = minutes * perMinute;
        long total = jdbc.queryForObject("""
                insert into voice_xp (guild_id, member_id, minutes, xp) values (?, ?, ?, ?) on conflict (guild_id,
                member_id) do update set minutes = voice_xp.minutes + excluded.minutes, xp = voice_xp.xp + excluded.xp
                returning xp""", Long.class, guildId, memberId, minutes, xp);
        return Optional.of(new Credit(memberId, (int) minutes, xp, total, moved));
    }

    /** The member's XP, minutes and rank in the guild (empty when they never earned any). */
    Optional<Standing> standing(long guildId, long memberId) {
        return jdbc.query("""
                select member_id, name, xp, minutes, rank, ranked from (select x.member_id, m.name, x.xp, x.minutes,
                  rank() over (order by x.xp desc)::int rank, count(*) over ()::int ranked from voice_xp x
                  left join raid_member m on m.guild_id = x.guild_id and m.member_id = x.member_id
                  where x.guild_id = ?) s where member_id = ?""", (rs, n) -> new Standing(rs.getLong(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getInt(6)), guildId, memberId)
                .stream().findFirst();
    }

    List<Standing> top(long guildId, int limit) {
        return jdbc.query("""
                select x.member_id, m.name, x.xp, x.minutes, rank() over (order by x.xp desc)::int,
                  count(*) over ()::int from voice_xp x left join raid_member m on m.guild_id = x.guild_id
                  and m.member_id = x.member_id where x.guild_id = ? order by x.xp desc, x.member_id limit ?""",
                (rs, n) -> new Standing(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getInt(5),
                        rs.getInt(6)), guildId, limit);
    }
}
