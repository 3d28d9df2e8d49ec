package community.platform.runtime.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consistent snapshots of one service's schema as files: every table copied as CSV inside one repeatable-read,
 * read-only transaction (so the tables agree with each other), a manifest written last, the folder renamed into place
 * only when complete. {@code <location>/<service>/<snapshot id>/}.
 *
 * <p>Left out: {@code outbox} (a publish queue: its rows are already on Kafka or will be published by the live system),
 * {@code relay_offset} (a position in this database's replication stream, meaningless for another one) and Flyway's
 * history (the restore migrates to the manifest's version instead).
 */
public final class SchemaSnapshots {

    static final Set<String> NOT_COPIED = Set.of("outbox", "relay_offset", "flyway_schema_history");
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path root;

    /** @param location the backup location; this service's snapshots live in {@code location/service} */
    public SchemaSnapshots(Path location, String service) {
        this.root = location.resolve(service);
    }

    public Path root() {
        return root;
    }

    /** Takes snapshot {@code id} unless it exists already (a repeated backup tick writes nothing new). */
    public Manifest take(DataSource dataSource, String service, String schema, String id, Instant takenAt) {
        Path target = root.resolve(id);
        Optional<Manifest> existing = read(target);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path partial = root.resolve("." + id + ".partial");
        try (Connection c = dataSource.getConnection()) {
            deleteRecursively(partial);
            Files.createDirectories(partial);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set transaction isolation level repeatable read, read only");
                List<Manifest.TableCopy> tables = new ArrayList<>();
                for (String table : tables(c, schema)) {
                    List<String> columns = columns(c, schema, table);
                    long rows;
                    try (OutputStream out = new BufferedOutputStream(
                            Files.newOutputStream(partial.resolve(table + ".csv")))) {
                        rows = c.unwrap(PGConnection.class).getCopyAPI().copyOut(
                                "copy " + qualified(schema, table) + " (" + columnList(columns)
                                        + ") to stdout with (format csv, header true)", out);
                    }
                    tables.add(new Manifest.TableCopy(table, columns, rows));
                }
                Manifest manifest = new Manifest(service, schema, id, takenAt, flywayVersion(c, schema), tables);
                JSON.writeValue(partial.resolve(Manifest.FILE).toFile(), manifest);
                c.commit();
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                return manifest;
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("snapshot " + id + " of schema " + schema + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("snapshot " + id + " could not be written under " + root, e);
        }
    }

    /** Complete snapshots, oldest first (ids start with their UTC time, so names sort in time order). */
    public List<Manifest> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> !d.getFileName().toString().startsWith("."))
                    .map(SchemaSnapshots::read).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Manifest::id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code latest} or a snapshot id. */
    public Manifest find(String idOrLatest) {
        List<Manifest> all = list();
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no snapshot under " + root);
        }
        if (idOrLatest == null || idOrLatest.equals("latest")) {
            return all.getLast();
        }
        return all.stream().filter(m -> m.id().equals(idOrLatest)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no snapshot " + idOrLatest + " under " + root + "; there are "
                        + all.stream().map(Manifest::id).toList()));
    }

    public Path folderOf(Manifest manifest) {
        return root.resolve(manifest.id());
    }

    /** Deletes all but the newest {@code keep} snapshots; returns the ids deleted. */
    public List<String> prune(int keep) {
        List<Manifest> all = list();
        List<String> deleted = new ArrayList<>();
        for (Manifest m : all.subList(0, Math.max(0, all.size() - keep))) {
            deleteRecursively(folderOf(m));
            deleted.add(m.id());
        }
        return deleted;
    }

    static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select table_name from information_schema.tables "
                + "where table_schema = ? and table_type = 'BASE TABLE' order by table_name")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!NOT_COPIED.contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
        }
        return tables;
    }

    static List<String> columns(Connection c, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = ? and table_name = ? and is_generated = 'NEVER' order by ordinal_position")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    static String flywayVersion(Connection c, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select version from " + qualified(schema,
                "flyway_schema_history") + " where success and version is not null order by installed_rank desc limit 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static String qualified(String schema, String table) {
        return quote(schema) + '.' + quote(table);
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SchemaSnapshots::quote).toList());
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static Optional<Manifest> read(Path folder) {
        Path file = folder.resolve(Manifest.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(file.toFile(), Manifest.class));
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
