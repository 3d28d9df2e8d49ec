package community.platform.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL a test talks to, embedded ({@link PostgresServer}) or in a container ({@link PostgresContainer}): one
 * superuser ({@link PostgresServer#USER}), logical WAL, durable commits. Stopping and starting again keeps the data
 * and the port, as a database restart would.
 */
public interface Postgres extends AutoCloseable {

    int port();

    default String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    void start();

    void stop();

    default void restart() {
        stop();
        start();
    }

    default void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    @Override
    default void close() {
        stop();
    }
}
