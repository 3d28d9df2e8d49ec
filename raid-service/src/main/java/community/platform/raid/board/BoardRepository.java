package community.platform.raid.board;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The boards' messages ({@code raid_guild}'s list and roster columns) and the roster's members ({@code raid_member}
 * with {@code raid_participation}).
 */
@Repository
class BoardRepository {

    /** Where a board is, what was asked of the gateway about it, and whether changes wait for an edit. */
    record Kept(Long channelId, Long messageId, UUID postAction, UUID editAction, boolean pending) {
    }

    private final JdbcTemplate jdbc;

    BoardRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The board of the guild, its row locked; empty when the guild has no row yet. */
    Optional<Kept> lock(long guildId, Board b) {
        String p = b.prefix;
        return jdbc.query("select " + p + "_channel_id, " + p + "_message_id, " + p + "_post_action, " + p
                + "_edit_action, " + p + "_pending from raid_guild where guild_id = ? for update", (rs, n) -> new Kept(
                (Long) rs.getObject(1), (Long) rs.getObject(2), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getBoolean(5)), guildId).stream().findFirst();
    }

    /** A new message asked for in this channel: the old one is forgotten until the gateway reports the new one. */
    void posting(long guildId, Board b, long channelId, UUID postAction) {
        String p = b.prefix;
        jdbc.update("update raid_guild set " + p + "_channel_id = ?, " + p + "_message_id = null, " + p
                + "_post_action = ?, " + p + "_edit_action = null, " + p + "_pending = false, " + p
                + "_deleted_early = '{}' where guild_id = ?", channelId, postAction, guildId);
    }

    /** How the gateway's report of the board's post ends. */
    enum Report { KEPT, DELETED_EARLY, NOT_OURS }

    /**
     * The gateway posted the board: its message (only for the post last asked for), unless that message was deleted
     * before this report came ({@link #deletedEarly}).
     */
    Report posted(Board b, UUID postAction, long messageId) {
        String p = b.prefix;
        // the right-hand sides read the row as it was: the deletions kept until this report
        return jdbc.query("update raid_guild set " + p + "_message_id = case when ? = any(" + p + "_deleted_early)"
                + " then null else ? end, " + p + "_deleted_early = '{}' where " + p + "_post_action = ? returning "
                + p + "_message_id", (rs, n) -> rs.getObject(1) == null ? Report.DELETED_EARLY : Report.KEPT,
                messageId, messageId, postAction).stream().findFirst().orElse(Report.NOT_OURS);
    }

    /**
     * A message of this channel was deleted while the board posted there waits for the gateway's report: kept, as
     * it may be the board's own (the last 100 such deletions).
     */
    void deletedEarly(Board b, long guildId, long channelId, long messageId) {
        String p = b.prefix;
        jdbc.update("update raid_guild set " + p + "_deleted_early = (array_append(" + p + "_deleted_early, ?))"
                + "[greatest(1, cardinality(" + p + "_deleted_early) - 98):] where guild_id = ? and " + p
                + "_channel_id = ? and " + p + "_post_action is not null and " + p + "_message_id is null",
                messageId, guildId, channelId);
    }

    Optional<Long> guildOfPost(Board b, UUID postAction) {
        return jdbc.queryForList("select guild_id from raid_guild where " + b.prefix + "_post_action = ?", Long.class,
                postAction).stream().findFirst();
    }

    Optional<Long> guildOfEdit(Board b, UUID editAction) {
        return jdbc.queryForList("select guild_id from raid_guild where " + b.prefix + "_edit_action = ?", Long.class,
                editAction).stream().findFirst();
    }

    Optional<Long> guildOfMessage(Board b, long messageId) {
        return jdbc.queryForList("select guild_id from raid_guild where " + b.prefix + "_message_id = ?", Long.class,
                messageId).stream().findFirst();
    }

    /** Marks the board out of date; true when it was not already (the caller arms the one edit). */
    boolean pending(long guildId, Board b) {
        return jdbc.update("update raid_guild set " + b.prefix + "_pending = true where guild_id = ? and not "
                + b.prefix + "_pending", guildId) == 1;
    }

    void edited(long guildId, Board b, UUID editAction) {
        jdbc.update("update raid_guild set " + b.prefix + "_pending = false, " + b.prefix + "_edit_action = ?"
                + " where guild_id = ?", editAction, guildId);
    }

    /** The board is gone for good (its channel too): nothing is kept until {@code /raidlist} again. */
    void dropped(long guildId, Board b) {
        String p = b.prefix;
        jdbc.update("update raid_guild set " + p + "_message_id = null, " + p + "_post_action = null, " + p
                + "_edit_action = null, " + p + "_pending = false where guild_id = ?", guildId);
    }

    /** The roster: members still in the guild with their participation counts, most raids first. */
    List<RosterLine> roster(long guildId) {
        return jdbc.query("""
                select m.member_id, m.name, coalesce(p.raids, 0) from raid_member m left join raid_participation p
                on p.guild_id = m.guild_id and p.member_id = m.member_id where m.guild_id = ?
                order by coalesce(p.raids, 0) desc, lower(coalesce(m.name, '')), m.member_id""",
                (rs, n) -> new RosterLine(rs.getLong(1), rs.getString(2), rs.getInt(3)), guildId);
    }

    record RosterLine(long memberId, String name, int raids) {
    }
}
