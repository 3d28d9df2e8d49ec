package community.platform.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling: the same single-row transactions the pipeline probe makes (inbox insert, state upsert, outbox insert),
 * issued by plain JDBC clients straight at the same PostgreSQL, one commit per command, durable.
 */
final class RawCommitBaseline {

    private RawCommitBaseline() {
    }

    /**
     * The ceiling measured for {@code duration} once this JVM's compilers settled (rounds of 5 s, at most
     * {@code settleRounds}: {@link JitSettling}), the first rounds also warming PostgreSQL's caches.
     */
    static double settled(String jdbcUrl, String user, String password, int clients, Duration duration,
                          int settleRounds) throws Exception {
        JitSettling.settle("raw JDBC", "full speed", CpuMeter.thisJvm(), settleRounds, () -> String.format(Locale.ROOT,
                "%.0f/s", commitsPerSecond(jdbcUrl, user, password, clients, JitSettling.ROUND)));
        return commitsPerSecond(jdbcUrl, user, password, clients, duration);
    }

    static double commitsPerSecond(String jdbcUrl, String user, String password, int clients, Duration duration)
            throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.createStatement().execute("""
                    create schema if not exists baseline;
                    create table if not exists baseline.inbox (message_id text primary key, guild_id text,
                        message_type text not null, received_at timestamptz not null default now());
                    create table if not exists baseline.outbox (id uuid primary key, guild_id text not null,
                        aggregatetype text not null, aggregateid text not null, type text not null,
                        payload text not null, created_at timestamptz not null);
                    create table if not exists baseline.pipeline_probe (guild_id text not null, probe_id text not null,
                        echoes bigint not null, last_sequence bigint not null, updated_at timestamptz not null,
                        primary key (guild_id, probe_id));
                    """);
        }
        AtomicLong commits = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            Thread thread = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
                    c.setAutoCommit(false);
                    PreparedStatement inbox = c.prepareStatement(
                            "insert into baseline.inbox (message_id, guild_id, message_type) values (?, '1', 'x') "
                                    + "on conflict (message_id) do nothing");
                    PreparedStatement state = c.prepareStatement("""
                            insert into baseline.pipeline_probe values ('1', ?, 1, ?, ?)
                            on conflict (guild_id, probe_id) do update set echoes = pipeline_probe.echoes + 1,
                              last_sequence = excluded.last_sequence, updated_at = excluded.updated_at
                            returning echoes""");
                    PreparedStatement outbox = c.prepareStatement("insert into baseline.outbox values "
                            + "(?, '1', 'economy.events', ?, 'platform.ProbeEchoed.v1', ?, ?)");
                    long seq = 0;
                    while (System.nanoTime() < deadline) {
                        String key = "k" + client + "-" + (seq % 100);
                        inbox.setString(1, UUID.randomUUID().toString());
                        inbox.executeUpdate();
                        state.setString(1, key);
                        state.setLong(2, seq);
                        state.setTimestamp(3, Timestamp.from(Instant.now()));
                        state.executeQuery().close();
                        outbox.setObject(1, UUID.randomUUID());
                        outbox.setString(2, key);
                        outbox.setString(3, "{\"guildId\":\"1\",\"probeId\":\"" + key + "\",\"sequence\":" + seq + "}");
                        outbox.setTimestamp(4, Timestamp.from(Instant.now()));
                        outbox.executeUpdate();
                        c.commit();
                        commits.incrementAndGet();
                        seq++;
                    }
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "baseline-" + t);
            threads.add(thread);
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
        return commits.get() / ((System.nanoTime() - start) / 1e9);
    }
}
