package community.platform.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** PostgreSQL 17 in a container of {@code local/postgres:17}, set as {@link PostgresServer} sets the embedded one. */
public final class PostgresContainer implements Postgres {

    public static final String IMAGE = "local/postgres:17";

    private final int port;
    private final LocalContainer container;

    private PostgresContainer(int port) {
        this.port = port;
        this.container = new LocalContainer("postgresql on port " + port, IMAGE,
                Map.of("POSTGRES_USER", PostgresServer.USER, "POSTGRES_PASSWORD", PostgresServer.PASSWORD,
                        "POSTGRES_PORT", Integer.toString(port)),
                "database system is ready to accept connections",
                "postgres", "-c", "wal_level=logical", "-c", "max_replication_slots=40", "-c", "max_wal_senders=40",
                "-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "max_connections=300",
                "-c", "wal_sender_timeout=10s");
    }

    public static PostgresContainer start(int port) {
        PostgresContainer postgres = new PostgresContainer(port);
        postgres.container.create();
        return postgres;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public synchronized void start() {
        container.start(this::answers);
    }

    @Override
    public synchronized void stop() {
        container.stop();
    }

    /** Removes the container and its data. */
    public void remove() {
        container.remove();
    }

    private boolean answers() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), PostgresServer.USER, PostgresServer.PASSWORD)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
