package community.platform.raid.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Raids, their votes, attendance and the members' participation counters (schema {@code raid}). */
@Repository
class RaidRepository {

    private static final String COLUMNS = """
            raid_id, guild_id, channel_id, message_id, reply_action, leader_id, leader_name, dungeon, days, times,
            group_size, note, status, planned_at, raid_number, slot_dates, slot_times, zone, last_slot_at, role_id, close_reason""";

    private final JdbcTemplate jdbc;

    RaidRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long raidId) {
        return !jdbc.queryForList("select 1 from raid where raid_id = ?", Integer.class, raidId).isEmpty();
    }

    void insert(Raid r, UUID roleAction) {
        jdbc.update("""
                insert into raid (raid_id, guild_id, channel_id, reply_action, leader_id, leader_name, dungeon, days,
                                  times, group_size, note, planned_at, raid_number, slot_dates, slot_times, zone,
                                  last_slot_at, role_action)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                ps -> {
                    ps.setLong(1, r.raidId());
                    ps.setLong(2, r.guildId());
                    ps.setLong(3, r.channelId());
                    ps.setObject(4, r.replyAction());
                    ps.setLong(5, r.leaderId());
                    ps.setString(6, r.leaderName());
                    ps.setString(7, r.dungeon());
                    ps.setArray(8, ps.getConnection().createArrayOf("text", r.days().toArray()));
                    ps.setArray(9, ps.getConnection().createArrayOf("text", r.times().toArray()));
                    ps.setInt(10, r.groupSize());
                    ps.setString(11, r.note());
                    ps.setTimestamp(12, Timestamp.from(r.plannedAt()));
                    ps.setObject(13, r.raidNumber());
                    ps.setArray(14, ps.getConnection().createArrayOf("date", r.slotDates().stream()
                            .map(java.sql.Date::valueOf).toArray()));
                    ps.setArray(15, ps.getConnection().createArrayOf("time", r.slotTimes().stream()
                            .map(java.sql.Time::valueOf).toArray()));
                    ps.setString(16, r.zone().getId());
                    ps.setTimestamp(17, Timestamp.from(r.lastSlotAt()));
                    ps.setObject(18, roleAction);
                });
    }

    /** Open raids of a guild, oldest first (the raid list, cancelling them all). */
    List<Raid> open(long guildId) {
        return jdbc.query("select " + COLUMNS + " from raid where guild_id = ? and status = 'OPEN' order by"
                + " planned_at, raid_id", RaidRepository::raid, guildId);
    }

    /** Open raids of a guild whose last time is before {@code before} (the stale sweep), locked. */
    List<Raid> lockStale(long guildId, Instant before) {
        return jdbc.query("select " + COLUMNS + " from raid where guild_id = ? and status = 'OPEN' and last_slot_at < ?"
                + " order by raid_id for update", RaidRepository::raid, guildId, Timestamp.from(before));
    }

    /** The open raid of this number in the guild, locked. */
    Optional<Raid> lockByNumber(long guildId, int number) {
        return jdbc.query("select " + COLUMNS + " from raid where guild_id = ? and raid_number = ? for update",
                RaidRepository::raid, guildId, number).stream().findFirst();
    }

    /** The raid whose role this CreateRole asked for, locked. */
    Optional<Raid> lockByRoleAction(UUID action) {
        return jdbc.query("select " + COLUMNS + " from raid where role_action = ? for update", RaidRepository::raid,
                action).stream().findFirst();
    }

    void roleIs(long raidId, long roleId) {
        jdbc.update("update raid set role_id = ? where raid_id = ?", roleId, raidId);
    }

    /** When the raid's reminder is armed for, and whether it was sent. */
    record Reminder(Instant at, boolean sent) {
    }

    Reminder reminder(long raidId) {
        return jdbc.queryForObject("select remind_at, reminded_at is not null from raid where raid_id = ?", (rs, n) ->
                new Reminder(rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(), rs.getBoolean(2)),
                raidId);
    }

    void remindAt(long raidId, Instant at) {
        jdbc.update("update raid set remind_at = ? where raid_id = ?", Timestamp.from(at), raidId);
    }

    /** Marks the reminder sent; false when it was already. */
    boolean reminded(long raidId, Instant at) {
        return jdbc.update("update raid set reminded_at = ? where raid_id = ? and reminded_at is null",
                Timestamp.from(at), raidId) == 1;
    }

    /** The roster's members of the raid's guild who have not voted a day and a time on it, by name. */
    List<String> notVoted(Raid r) {
        return jdbc.queryForList("""
                select coalesce(m.name, 'member ' || m.member_id) from raid_member m where m.guild_id = ?
                and not exists (select 1 from raid_vote v where v.raid_id = ? and v.member_id = m.member_id
                  and cardinality(v.days) > 0 and cardinality(v.times) > 0)
                order by lower(coalesce(m.name, '')), m.member_id""", String.class, r.guildId(), r.raidId());
    }

    /** Removes a member's votes from the guild's open raids (they left): the raids it changed. */
    List<Long> dropVotes(long guildId, long memberId) {
        return jdbc.queryForList("""
                delete from raid_vote v using raid r where v.raid_id = r.raid_id and r.guild_id = ? and r.status = 'OPEN'
                and v.member_id = ? returning v.raid_id""", Long.class, guildId, memberId);
    }

    /** The raid of this guild, locked until the transaction ends (its votes and its close happen in order). */
    Optional<Raid> lock(long raidId, long guildId) {
        return jdbc.query("select " + COLUMNS + " from raid where raid_id = ? and guild_id = ? for update",
                RaidRepository::raid, raidId, guildId).stream().findFirst();
    }

    /** The gateway's report of the plan's reply, or a click on it: the raid's message, once known. */
    void shownIn(long raidId, long messageId) {
        jdbc.update("update raid set message_id = ? where raid_id = ? and message_id is null", messageId, raidId);
    }

    Optional<Long> byReplyAction(UUID action) {
        return jdbc.queryForList("select raid_id from raid where reply_action = ?", Long.class, action).stream()
                .findFirst();
    }

    List<Vote> votes(long raidId) {
        return jdbc.query("""
                select member_id, member_name, days, times from raid_vote where raid_id = ? order by voted_at,
                member_id""", (rs, n) -> new Vote(rs.getLong(1), rs.getString(2), ints(rs.getArray(3)),
                ints(rs.getArray(4))), raidId);
    }

    Optional<Vote> vote(long raidId, long memberId) {
        return jdbc.query("select member_id, member_name, days, times from raid_vote where raid_id = ? and "
                + "member_id = ?", (rs, n) -> new Vote(rs.getLong(1), rs.getString(2), ints(rs.getArray(3)),
                ints(rs.getArray(4))), raidId, memberId).stream().findFirst();
    }

    void saveVote(long raidId, Vote v, Instant at) {
        jdbc.update("""
                insert into raid_vote (raid_id, member_id, member_name, days, times, voted_at)
                values (?, ?, ?, ?, ?, ?) on conflict (raid_id, member_id) do update set
                  member_name = excluded.member_name, days = excluded.days, times = excluded.times,
                  voted_at = excluded.voted_at""", ps -> {
            ps.setLong(1, raidId);
            ps.setLong(2, v.memberId());
            ps.setString(3, v.memberName());
            ps.setArray(4, ps.getConnection().createArrayOf("integer", v.days().toArray()));
            ps.setArray(5, ps.getConnection().createArrayOf("integer", v.times().toArray()));
            ps.setTimestamp(6, Timestamp.from(at));
        });
    }

    /** Marks the raid's message out of date; true when it was not already (the caller arms the one edit). */
    boolean editPending(long raidId) {
        return jdbc.update("update raid set edit_pending = true where raid_id = ? and not edit_pending", raidId) == 1;
    }

    void edited(long raidId) {
        jdbc.update("update raid set edit_pending = false where raid_id = ?", raidId);
    }

    /** Closes an open raid (once: false when it was closed already). */
    boolean close(long raidId, Raid.Status status, String reason, long by, Instant at) {
        return jdbc.update("""
                update raid set status = ?, close_reason = ?, closed_by = ?, closed_at = ? where raid_id = ?
                and status = 'OPEN'""", status.name(), reason, by, Timestamp.from(at), raidId) == 1;
    }

    /** The attendance: these members present, each one's participation counter +1. */
    void attended(Raid r, List<Long> present) {
        jdbc.batchUpdate("insert into raid_attendance (raid_id, member_id) values (?, ?)", present, 500, (ps, m) -> {
            ps.setLong(1, r.raidId());
            ps.setLong(2, m);
        });
        jdbc.batchUpdate("""
                insert into raid_participation (guild_id, member_id, raids) values (?, ?, 1)
                on conflict (guild_id, member_id) do update set raids = raid_participation.raids + 1""", present, 500,
                (ps, m) -> {
                    ps.setLong(1, r.guildId());
                    ps.setLong(2, m);
                });
    }

    private static Raid raid(ResultSet rs, int n) throws SQLException {
        return new Raid(rs.getLong("raid_id"), rs.getLong("guild_id"), rs.getLong("channel_id"),
                (Long) rs.getObject("message_id"), rs.getObject("reply_action", UUID.class), rs.getLong("leader_id"),
                rs.getString("leader_name"), rs.getString("dungeon"), texts(rs.getArray("days")),
                texts(rs.getArray("times")), rs.getInt("group_size"), rs.getString("note"),
                Raid.Status.valueOf(rs.getString("status")), rs.getTimestamp("planned_at").toInstant(),
                (Integer) rs.getObject("raid_number"), dates(rs.getArray("slot_dates")), clock(rs.getArray("slot_times")),
                java.time.ZoneId.of(rs.getString("zone")), rs.getTimestamp("last_slot_at") == null ? null
                : rs.getTimestamp("last_slot_at").toInstant(), (Long) rs.getObject("role_id"),
                rs.getString("close_reason"));
    }

    private static List<java.time.LocalDate> dates(Array a) throws SQLException {
        return a == null ? null : Arrays.stream((Object[]) a.getArray()).map(d -> ((java.sql.Date) d).toLocalDate())
                .toList();
    }

    private static List<java.time.LocalTime> clock(Array a) throws SQLException {
        return a == null ? null : Arrays.stream((Object[]) a.getArray()).map(t -> ((java.sql.Time) t).toLocalTime())
                .toList();
    }

    private static List<String> texts(Array a) throws SQLException {
        return Arrays.asList((String[]) a.getArray());
    }

    private static List<Integer> ints(Array a) throws SQLException {
        return Arrays.asList((Integer[]) a.getArray());
    }
}
