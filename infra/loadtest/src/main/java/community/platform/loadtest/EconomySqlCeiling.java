package community.platform.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The economy's own ceiling: the SQL statements one {@code /daily} and one single summon run in the economy service
 * (the inbox row, the guild's game settings read, the claim or the debit, the wallet and ledger, the esprit, the draw
 * and the pity counter, the reply's outbox row with a real reply's bytes), issued by plain JDBC clients straight at
 * the economy's schema, one command per transaction, durable. Run on a database the economy service has migrated.
 */
final class EconomySqlCeiling {

    private static final String INBOX = "insert into inbox (message_id, guild_id, message_type) values (?, ?, ?) "
            + "on conflict (message_id) do nothing";
    private static final String SETTINGS = "select revision, overrides::text from game_settings where guild_id = ?";
    private static final String CLAIM = "insert into member_state (guild_id, member_id, last_daily_at) values (?, ?, ?)"
            + " on conflict (guild_id, member_id) do update set last_daily_at = excluded.last_daily_at"
            + " where member_state.last_daily_at is null or member_state.last_daily_at <= ?";
    private static final String CREDIT = """
            with r as (select * from unnest(?::text[], ?::bigint[]) as r(currency, delta) where delta <> 0),
                 b as (insert into balance (guild_id, member_id, currency, amount) select ?, ?, currency, delta from r
                       on conflict (guild_id, member_id, currency) do update set amount = balance.amount + excluded.amount
                       returning currency, amount)
            insert into ledger (guild_id, member_id, currency, delta, balance_after, reason, command_id, at)
            select ?, ?, b.currency, r.delta, b.amount, ?, ?, ? from b join r using (currency) order by b.currency
            returning currency, balance_after""";
    private static final String DEBIT = """
            with b as (update balance set amount = amount - ?
                        where guild_id = ? and member_id = ? and currency = ? and amount >= ?
                       returning currency, amount)
            insert into ledger (guild_id, member_id, currency, delta, balance_after, reason, command_id, at)
            select ?, ?, currency, ?, amount, ?, ?, ? from b
            returning balance_after""";
    private static final String RESERVE = """
            insert into member_state (guild_id, member_id, next_esprit_no) values (?, ?, 1 + ?)
            on conflict (guild_id, member_id) do update set next_esprit_no = member_state.next_esprit_no + ?
            returning next_esprit_no - ?,
                      coalesce((select counter from pity where guild_id = ? and member_id = ? and banner = ?), 0)""";
    private static final String ESPRIT = "insert into esprit (guild_id, member_id, esprit_no, kind, level, obtained_at)"
            + " values (?, ?, ?, ?, 1, ?)";
    private static final String DRAW = """
            insert into draw (command_id, pull, guild_id, member_id, banner, rarity_roll, esprit_roll, pity_before,
                              rarity, kind, esprit_no, settings_revision, at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String PITY = """
            insert into pity (guild_id, member_id, banner, counter, pulls) values (?, ?, ?, ?, ?)
            on conflict (guild_id, member_id, banner) do update set counter = excluded.counter,
                pulls = pity.pulls + excluded.pulls""";
    private static final String OUTBOX = "insert into outbox (id, guild_id, aggregatetype, aggregateid, type, payload,"
            + " created_at) values (?, ?, ?, ?, ?, ?, ?)";

    private EconomySqlCeiling() {
    }

    /**
     * {@code members} dailies, then {@code summonsEach} single summons per member, by {@code clients} clients that each
     * take their share of the members (as consumers take partitions), in {@code guild}.
     *
     * @return dailies/s and summons/s
     */
    static double[] commandsPerSecond(String url, String user, String password, int clients, long guild, int members,
                                      int summonsEach, String dailyReply, String summonReply) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            double dailies = run(pool, clients, members, (c, m) -> daily(c, guild, m, dailyReply), url, user,
                    password);
            double summons = run(pool, clients, members * summonsEach,
                    (c, i) -> summon(c, guild, i % members, summonReply), url, user, password);
            return new double[] {dailies, summons};
        } finally {
            pool.shutdownNow();
        }
    }

    interface Command {
        void run(Connection c, int n) throws SQLException;
    }

    private static double run(ExecutorService pool, int clients, int n, Command command, String url, String user,
                              String password) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int client = 0; client < clients; client++) {
            int first = client;
            done.add(pool.submit(() -> {
                try (Connection c = connect(url, user, password)) {
                    c.setAutoCommit(false);
                    // the commands of one member stay with one client, in order, as one key stays with one consumer
                    for (int i = first; i < n; i += clients) {
                        command.run(c, i);
                        c.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("reWriteBatchedInserts", "true");
        Connection c = DriverManager.getConnection(url, p);
        c.setSchema("economy");
        return c;
    }

    private static void daily(Connection c, long guild, int member, String reply) throws SQLException {
        String commandId = UUID.randomUUID().toString();
        Timestamp at = Timestamp.from(Instant.now());
        long memberId = 830_000_000_000_000_000L + member;
        inboxAndSettings(c, guild, commandId, "economy.ClaimDaily.v1");
        try (PreparedStatement s = c.prepareStatement(CLAIM)) {
            s.setLong(1, guild);
            s.setLong(2, memberId);
            s.setTimestamp(3, at);
            s.setTimestamp(4, Timestamp.from(at.toInstant().minusSeconds(1320 * 60)));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(CREDIT)) {
            s.setArray(1, c.createArrayOf("text", new Object[] {"aether", "gold"}));
            s.setArray(2, c.createArrayOf("bigint", new Object[] {40L, 1000L}));
            s.setLong(3, guild);
            s.setLong(4, memberId);
            s.setLong(5, guild);
            s.setLong(6, memberId);
            s.setString(7, "DAILY");
            s.setString(8, commandId);
            s.setTimestamp(9, at);
            drain(s.executeQuery());
        }
        outbox(c, guild, reply, at);
    }

    private static void summon(Connection c, long guild, int member, String reply) throws SQLException {
        String commandId = UUID.randomUUID().toString();
        Timestamp at = Timestamp.from(Instant.now());
        long memberId = 830_000_000_000_000_000L + member;
        inboxAndSettings(c, guild, commandId, "economy.Summon.v1");
        try (PreparedStatement s = c.prepareStatement(DEBIT)) {
            s.setLong(1, 300);
            s.setLong(2, guild);
            s.setLong(3, memberId);
            s.setString(4, "gold");
            s.setLong(5, 300);
            s.setLong(6, guild);
            s.setLong(7, memberId);
            s.setLong(8, -300);
            s.setString(9, "SUMMON");
            s.setString(10, commandId);
            s.setTimestamp(11, at);
            drain(s.executeQuery());
        }
        int number;
        int pity;
        try (PreparedStatement s = c.prepareStatement(RESERVE)) {
            s.setLong(1, guild);
            s.setLong(2, memberId);
            s.setInt(3, 1);
            s.setInt(4, 1);
            s.setInt(5, 1);
            s.setLong(6, guild);
            s.setLong(7, memberId);
            s.setString(8, "standard");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                number = rs.getInt(1);
                pity = rs.getInt(2);
            }
        }
        try (PreparedStatement s = c.prepareStatement(ESPRIT)) {
            s.setLong(1, guild);
            s.setLong(2, memberId);
            s.setInt(3, number);
            s.setString(4, "ember-fox");
            s.setTimestamp(5, at);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(DRAW)) {
            s.setString(1, commandId);
            s.setInt(2, 1);
            s.setLong(3, guild);
            s.setLong(4, memberId);
            s.setString(5, "standard");
            s.setDouble(6, 0.5);
            s.setDouble(7, 0.5);
            s.setInt(8, pity);
            s.setString(9, "common");
            s.setString(10, "ember-fox");
            s.setInt(11, number);
            s.setInt(12, 0);
            s.setTimestamp(13, at);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(PITY)) {
            s.setLong(1, guild);
            s.setLong(2, memberId);
            s.setString(3, "standard");
            s.setInt(4, pity + 1);
            s.setInt(5, 1);
            s.executeUpdate();
        }
        outbox(c, guild, reply, at);
    }

    private static void inboxAndSettings(Connection c, long guild, String commandId, String type) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INBOX)) {
            s.setString(1, commandId);
            s.setString(2, Long.toString(guild));
            s.setString(3, type);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(SETTINGS)) {
            s.setLong(1, guild);
            drain(s.executeQuery());
        }
    }

    private static void outbox(Connection c, long guild, String reply, Timestamp at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(OUTBOX)) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, Long.toString(guild));
            s.setString(3, "discord.actions");
            s.setString(4, Long.toString(guild));
            s.setString(5, "discord.ReplyToInteraction.v1");
            s.setString(6, reply);
            s.setTimestamp(7, at);
            s.executeUpdate();
        }
    }

    private static void drain(ResultSet rs) throws SQLException {
        try (rs) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }
}
