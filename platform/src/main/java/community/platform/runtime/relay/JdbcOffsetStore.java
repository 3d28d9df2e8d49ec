package community.platform.runtime.relay;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.MemoryOffsetBackingStore;

/**
 * Debezium's source offsets kept in the service's own schema (table {@code relay_offset}), beside the replication
 * slot they describe: they survive restarts and need no file on the host. Configured through the engine properties
 * {@code offset.storage.jdbc.url}, {@code .user}, {@code .password} and {@code .table}.
 */
public class JdbcOffsetStore extends MemoryOffsetBackingStore {

    public static final String URL = "offset.storage.jdbc.url";
    public static final String USER = "offset.storage.jdbc.user";
    public static final String PASSWORD = "offset.storage.jdbc.password";
    public static final String TABLE = "offset.storage.jdbc.table";

    private String url;
    private String user;
    private String password;
    private String table;
    /** Kept open between saves: offsets are stored every second while the relay streams. */
    private Connection connection;

    @Override
    public void configure(WorkerConfig config) {
        super.configure(config);
        Map<String, Object> originals = config.originals();
        url = required(originals, URL);
        user = (String) originals.get(USER);
        password = (String) originals.get(PASSWORD);
        table = required(originals, TABLE);
        if (!table.matches("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*")) {
            throw new ConnectException("offset table must be schema.table, got " + table);
        }
    }

    @Override
    public synchronized void start() {
        super.start();
        Map<ByteBuffer, ByteBuffer> loaded = new HashMap<>();
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("select offset_key, offset_value from " + table);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                byte[] value = rs.getBytes(2);
                loaded.put(ByteBuffer.wrap(rs.getBytes(1)), value == null ? null : ByteBuffer.wrap(value));
            }
        } catch (SQLException e) {
            throw new ConnectException("cannot read relay offsets from " + table, e);
        }
        data.putAll(loaded);
    }

    @Override
    protected synchronized void save() {
        try {
            write();
        } catch (SQLException first) {
            // the kept connection may have died with a database restart: one more try on a new one
            closeConnection();
            try {
                write();
            } catch (SQLException e) {
                throw new ConnectException("cannot store relay offsets in " + table, e);
            }
        }
    }

    private void write() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = connect();
        }
        try (PreparedStatement s = connection.prepareStatement("insert into " + table
                + " (offset_key, offset_value) values (?, ?) "
                + "on conflict (offset_key) do update set offset_value = excluded.offset_value")) {
            for (Map.Entry<ByteBuffer, ByteBuffer> e : data.entrySet()) {
                s.setBytes(1, bytes(e.getKey()));
                s.setBytes(2, e.getValue() == null ? null : bytes(e.getValue()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public synchronized void stop() {
        super.stop();
        closeConnection();
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is being replaced or the relay is stopping
            }
            connection = null;
        }
    }

    @Override
    public Set<Map<String, Object>> connectorPartitions(String connectorName) {
        // only the Connect REST API asks this; the embedded engine reads offsets with get()
        return Set.of();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    private static String required(Map<String, Object> originals, String key) {
        Object v = originals.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new ConnectException("missing relay setting " + key);
        }
        return v.toString();
    }
}
