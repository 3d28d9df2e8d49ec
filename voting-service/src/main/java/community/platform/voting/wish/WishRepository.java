package community.platform.voting.wish;

import community.platform.voting.wish.VoteReconciliation.Change;
import community.platform.voting.wish.VoteReconciliation.Stored;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Wishes, their votes per member and the guilds' wish settings (schema {@code voting}). */
@Repository
class WishRepository {

    private static final String COLUMNS = """
            wish_id, guild_id, number, category, text, author_id, author_name, channel_id, post_action_id, message_id,
            status, votes, reason, channel_action_id, created_channel_id, posted_at, decided_at""";

    private final JdbcTemplate jdbc;

    WishRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    WishSettings settings(long guildId) {
        return jdbc.query("select channel_id, categories, threshold_percent from wish_settings where guild_id = ?",
                (rs, n) -> new WishSettings((Long) rs.getObject(1), Arrays.asList((String[]) rs.getArray(2)
                        .getArray()), rs.getInt(3)), guildId).stream().findFirst().orElse(WishSettings.DEFAULTS);
    }

    void saveSettings(long guildId, WishSettings s, long by, Instant at) {
        jdbc.update("""
                insert into wish_settings (guild_id, channel_id, categories, threshold_percent, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?) on conflict (guild_id) do update set channel_id = excluded.channel_id,
                  categories = excluded.categories, threshold_percent = excluded.threshold_percent,
                  changed_by = excluded.changed_by, changed_at = excluded.changed_at""", ps -> {
            ps.setLong(1, guildId);
            ps.setObject(2, s.channelId());
            ps.setArray(3, ps.getConnection().createArrayOf("text", s.categories().toArray()));
            ps.setInt(4, s.thresholdPercent());
            ps.setLong(5, by);
            ps.setTimestamp(6, Timestamp.from(at));
        });
    }

    int nextNumber(long guildId) {
        return jdbc.queryForObject("""
                insert into wish_counter (guild_id, last_number) values (?, 1)
                on conflict (guild_id) do update set last_number = wish_counter.last_number + 1
                returning last_number""", Integer.class, guildId);
    }

    boolean exists(long wishId) {
        return !jdbc.queryForList("select 1 from wish where wish_id = ?", Integer.class, wishId).isEmpty();
    }

    void insert(Wish w) {
        jdbc.update("""
                insert into wish (wish_id, guild_id, number, category, text, author_id, author_name, channel_id,
                                  post_action_id, posted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", w.wishId(),
                w.guildId(), w.number(), w.category(), w.text(), w.authorId(), w.authorName(), w.channelId(),
                w.postActionId(), Timestamp.from(w.postedAt()));
    }

    /** The wish the gateway posted with this action, now knowing its message (once). */
    Optional<Wish> shown(UUID postActionId, long messageId) {
        return one("update wish set message_id = ? where post_action_id = ? and message_id is null returning "
                + COLUMNS, messageId, postActionId);
    }

    /** The wish whose message this is, locked until the transaction ends (its votes and status change in order). */
    Optional<Wish> lockByMessage(long messageId) {
        return one("select " + COLUMNS + " from wish where message_id = ? for update", messageId);
    }

    Optional<Wish> lockByNumber(long guildId, int number) {
        return one("select " + COLUMNS + " from wish where guild_id = ? and number = ? for update", guildId, number);
    }

    Optional<Wish> byPostAction(UUID actionId) {
        return one("select " + COLUMNS + " from wish where post_action_id = ?", actionId);
    }

    Optional<Wish> byChannelAction(UUID actionId) {
        return one("select " + COLUMNS + " from wish where channel_action_id = ?", actionId);
    }

    Map<Long, Stored> votes(long wishId) {
        Map<Long, Stored> votes = new HashMap<>();
        jdbc.query("select member_id, present, changed_at from wish_vote where wish_id = ?", rs -> {
            votes.put(rs.getLong(1), new Stored(rs.getBoolean(2), rs.getTimestamp(3).toInstant()));
        }, wishId);
        return votes;
    }

    void write(long wishId, List<Change> changes, Instant at) {
        jdbc.batchUpdate("""
                insert into wish_vote (wish_id, member_id, present, changed_at) values (?, ?, ?, ?)
                on conflict (wish_id, member_id) do update set present = excluded.present,
                  changed_at = excluded.changed_at""", changes, 500, (ps, c) -> {
            ps.setLong(1, wishId);
            ps.setLong(2, c.member());
            ps.setBoolean(3, c.present());
            ps.setTimestamp(4, Timestamp.from(at));
        });
    }

    /** Counts the wish's present votes into it and returns them. */
    int recount(long wishId) {
        return jdbc.queryForObject("""
                update wish set votes = (select count(*) from wish_vote where wish_id = ? and present)
                 where wish_id = ? returning votes""", Integer.class, wishId, wishId);
    }

    /** Grants an open wish (once: false when it is not open any more). */
    boolean grant(long wishId, UUID channelActionId, Instant at) {
        return jdbc.update("""
                update wish set status = 'GRANTED', channel_action_id = ?, decided_at = ?
                 where wish_id = ? and status = 'OPEN'""", channelActionId, Timestamp.from(at), wishId) == 1;
    }

    boolean decline(long wishId, String reason, Instant at) {
        return jdbc.update("""
                update wish set status = 'DECLINED', reason = ?, decided_at = ?
                 where wish_id = ? and status in ('OPEN', 'GRANTED')""", reason, Timestamp.from(at), wishId) == 1;
    }

    boolean withdraw(long wishId, Instant at) {
        return jdbc.update("""
                update wish set status = 'WITHDRAWN', decided_at = ? where wish_id = ? and status <> 'WITHDRAWN'""",
                Timestamp.from(at), wishId) == 1;
    }

    void channelCreated(long wishId, long channelId) {
        jdbc.update("update wish set created_channel_id = ? where wish_id = ?", channelId, wishId);
    }

    /** The guild's open wishes whose message is known (what a reconciliation counts), optionally of one category. */
    List<Wish> open(long guildId, String category) {
        return category == null
                ? list("select " + COLUMNS + " from wish where guild_id = ? and status = 'OPEN' and message_id is not"
                + " null order by number", guildId)
                : list("select " + COLUMNS + " from wish where guild_id = ? and status = 'OPEN' and message_id is not"
                + " null and category = ? order by number", guildId, category);
    }

    /** A page of a category's open wishes, most stars first (then the oldest). */
    List<Wish> top(long guildId, String category, int page, int size) {
        return list("select " + COLUMNS + " from wish where guild_id = ? and status = 'OPEN' and category = ?"
                + " order by votes desc, number limit ? offset ?", guildId, category, size, (page - 1) * size);
    }

    int countOpen(long guildId, String category) {
        return jdbc.queryForObject("select count(*) from wish where guild_id = ? and status = 'OPEN' and category = ?",
                Integer.class, guildId, category);
    }

    List<Wish> postedSince(long guildId, Instant since) {
        return list("select " + COLUMNS + " from wish where guild_id = ? and posted_at >= ? order by number", guildId,
                Timestamp.from(since));
    }

    List<Wish> grantedSince(long guildId, Instant since) {
        return list("select " + COLUMNS + " from wish where guild_id = ? and status = 'GRANTED' and decided_at >= ?"
                + " order by number", guildId, Timestamp.from(since));
    }

    private Optional<Wish> one(String sql, Object... args) {
        return list(sql, args).stream().findFirst();
    }

    private List<Wish> list(String sql, Object... args) {
        return jdbc.query(sql, WishRepository::wish, args);
    }

    private static Wish wish(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Wish(rs.getLong("wish_id"), rs.getLong("guild_id"), rs.getInt("number"), rs.getString("category"),
                rs.getString("text"), rs.getLong("author_id"), rs.getString("author_name"), rs.getLong("channel_id"),
                rs.getObject("post_action_id", UUID.class), (Long) rs.getObject("message_id"),
                Wish.Status.valueOf(rs.getString("status")), rs.getInt("votes"), rs.getString("reason"),
                rs.getObject("channel_action_id", UUID.class), (Long) rs.getObject("created_channel_id"),
                rs.getTimestamp("posted_at").toInstant(), decided == null ? null : decided.toInstant());
    }
}
