package community.platform.runtime.relay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A service's logical replication slot and publication of its outbox ({@code <database>_<schema>_outbox}), made
 * before anything is consumed, whether the relay runs in the service or elsewhere (a Kafka Connect worker with
 * {@code infra/deploy}'s connector, {@code platform.relay.enabled=false}): no outbox row is written before the slot
 * exists, so none is missed (the relay reads from the slot on, with no snapshot). The publication carries inserts
 * only: purging old rows publishes nothing.
 */
public final class OutboxSlot implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSlot.class);

    /** Before Spring Cloud Stream starts its input bindings ({@code Integer.MAX_VALUE - 3000}): the consumers. */
    public static final int PHASE = Integer.MAX_VALUE - 4000;

    private final OutboxRelay.Database database;
    private final String schema;
    private volatile boolean running;

    public OutboxSlot(OutboxRelay.Database database, String schema) {
        this.database = database;
        this.schema = schema;
    }

    /** The slot's and the publication's name. */
    static String name(OutboxRelay.Database database, String schema) {
        return (database.name() + "_" + schema + "_outbox").toLowerCase().replaceAll("[^a-z0-9_]", "_");
    }

    @Override
    public void start() {
        ensure(database, schema, name(database, schema));
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    static void ensure(OutboxRelay.Database database, String schema, String slot) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            if (!exists(c, slot, "select 1 from pg_publication where pubname = ?")) {
                try (Statement s = c.createStatement()) {
                    s.execute("create publication " + slot + " for table " + schema + ".outbox with (publish = 'insert')");
                }
            } else if (!exists(c, slot, "select 1 from pg_publication_tables where pubname = ? and schemaname = '"
                    + schema + "' and tablename = 'outbox'")) {
                // the schema was dropped and made again (a restore into an empty schema): the new table joins
                try (Statement s = c.createStatement()) {
                    s.execute("alter publication " + slot + " add table " + schema + ".outbox");
                }
                log.info("publication {} follows the new {}.outbox table", slot, schema);
            }
            if (!exists(c, slot, "select 1 from pg_replication_slots where slot_name = ?")) {
                try (PreparedStatement s = c.prepareStatement(
                        "select pg_create_logical_replication_slot(?, 'pgoutput')")) {
                    s.setString(1, slot);
                    s.execute();
                }
                log.info("created replication slot {}", slot);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare replication slot " + slot
                    + " (needs wal_level=logical and a user with REPLICATION)", e);
        }
    }

    private static boolean exists(Connection c, String slot, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, slot);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
