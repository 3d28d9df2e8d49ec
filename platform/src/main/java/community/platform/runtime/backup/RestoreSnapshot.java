package community.platform.runtime.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;

/**
 * Brings a stopped service's schema back to a snapshot: migrates an empty schema to the snapshot's version, then in
 * ONE transaction empties every table of the snapshot and copies its rows back, and moves sequences past the restored
 * ids. With {@code --replay-from-snapshot} it also rewinds the service's consumer group to the snapshot's time, so the
 * commands handled after the snapshot are handled again when the service starts (the restored inbox skips those the
 * snapshot already contains): nothing is lost between the snapshot and the restore.
 *
 * <p>Run through {@code bin/restore}, which puts the service's jar on the class path (its migrations).
 */
public final class RestoreSnapshot {

    /** Commands a little older than the snapshot are replayed too: the inbox makes the overlap harmless. */
    static final Duration REPLAY_MARGIN = Duration.ofMinutes(1);

    public record Request(String dbUrl, String dbUser, String dbPassword, String service, String schema,
                          Path location, String snapshot, String kafka) {
    }

    public record Result(Manifest manifest, Map<String, Long> rows, Map<TopicPartition, Long> rewound) {
    }

    private RestoreSnapshot() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Request request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("restore: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        try {
            if (request.snapshot().equals("list")) {
                for (Manifest m : new SchemaSnapshots(request.location(), request.service()).list()) {
                    out.printf("%s  taken %s  schema version %s  %d tables%n", m.id(), m.takenAt(), m.flywayVersion(),
                            m.tables().size());
                }
                return;
            }
            Result result = restore(request);
            out.printf("restored %s (taken %s) into schema %s:%n", result.manifest().id(), result.manifest().takenAt(),
                    request.schema());
            result.rows().forEach((table, rows) -> out.printf("  %-30s %d rows%n", table, rows));
            if (request.kafka() != null) {
                out.printf("consumer group %s rewound on %d partitions to %s: start the service to replay%n",
                        request.service(), result.rewound().size(), result.manifest().takenAt().minus(REPLAY_MARGIN));
            }
        } catch (RuntimeException e) {
            System.err.println("restore failed: " + e.getMessage());
            System.exit(1);
        }
    }

    public static Result restore(Request r) {
        SchemaSnapshots snapshots = new SchemaSnapshots(r.location(), r.service());
        Manifest manifest = snapshots.find(r.snapshot());
        Path folder = snapshots.folderOf(manifest);
        migrate(r, manifest);
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(r.dbUrl(), properties(r))) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local lock_timeout = '10s'");
                s.execute("truncate table " + manifest.tables().stream()
                        .map(t -> SchemaSnapshots.qualified(r.schema(), t.name())).collect(Collectors.joining(", ")));
                for (Manifest.TableCopy t : parentsFirst(c, r.schema(), manifest.tables())) {
                    try (BufferedReader in = Files.newBufferedReader(folder.resolve(t.file()), StandardCharsets.UTF_8)) {
                        long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                                "copy " + SchemaSnapshots.qualified(r.schema(), t.name()) + " ("
                                        + SchemaSnapshots.columnList(t.columns())
                                        + ") from stdin with (format csv, header true)", in);
                        if (copied != t.rows()) {
                            throw new IllegalStateException(t.file() + " holds " + copied + " rows, the manifest says "
                                    + t.rows() + ": the snapshot is damaged, nothing was restored");
                        }
                        rows.put(t.name(), copied);
                    }
                    resetSequences(c, r.schema(), t.name());
                }
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("restore of " + manifest.id() + " into " + r.schema() + " failed, "
                    + "nothing was changed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<TopicPartition, Long> rewound = r.kafka() == null ? Map.of() : rewindConsumerGroup(r, manifest);
        return new Result(manifest, rows, rewound);
    }

    /** An empty (or missing) schema is migrated to the snapshot's version; a schema at another version is refused. */
    private static void migrate(Request r, Manifest manifest) {
        Flyway flyway = Flyway.configure(RestoreSnapshot.class.getClassLoader())
                .dataSource(r.dbUrl(), r.dbUser(), r.dbPassword())
                .schemas(r.schema()).defaultSchema(r.schema())
                .locations("classpath:db/platform", "classpath:db/" + r.service())
                .target(MigrationVersion.fromVersion(manifest.flywayVersion()))
                .load();
        var current = flyway.info().current();
        if (current == null) {
            flyway.migrate();
            return;
        }
        String version = current.getVersion().getVersion();
        if (!version.equals(manifest.flywayVersion())) {
            throw new IllegalStateException("schema " + r.schema() + " is at version " + version + ", snapshot "
                    + manifest.id() + " at " + manifest.flywayVersion() + ": restore it into an empty schema "
                    + "(drop schema " + r.schema() + " cascade) or pick a snapshot of version " + version);
        }
    }

    /**
     * The tables in an order that loads every referenced row before the rows that refer to it (foreign keys are
     * checked as each row is copied), whatever order the snapshot lists them in.
     */
    static List<Manifest.TableCopy> parentsFirst(Connection c, String schema, List<Manifest.TableCopy> tables)
            throws SQLException {
        Map<String, java.util.Set<String>> parents = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select child.relname, parent.relname
                  from pg_constraint k
                  join pg_class child on child.oid = k.conrelid
                  join pg_class parent on parent.oid = k.confrelid
                  join pg_namespace n on n.oid = k.connamespace
                 where k.contype = 'f' and n.nspname = ? and child.oid <> parent.oid""")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parents.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>()).add(rs.getString(2));
                }
            }
        }
        return loadOrder(tables, parents);
    }

    /** Tables ordered so that each comes after the tables it refers to; the snapshot's order breaks ties. */
    static List<Manifest.TableCopy> loadOrder(List<Manifest.TableCopy> tables,
                                              Map<String, java.util.Set<String>> parents) {
        List<Manifest.TableCopy> ordered = new java.util.ArrayList<>();
        java.util.Set<String> loaded = new java.util.HashSet<>();
        java.util.Set<String> inSnapshot = tables.stream().map(Manifest.TableCopy::name)
                .collect(Collectors.toSet());
        List<Manifest.TableCopy> waiting = new java.util.ArrayList<>(tables);
        while (!waiting.isEmpty()) {
            Manifest.TableCopy next = waiting.stream().filter(t -> parents.getOrDefault(t.name(), java.util.Set.of())
                    .stream().filter(inSnapshot::contains).allMatch(loaded::contains)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the foreign keys between "
                            + waiting.stream().map(Manifest.TableCopy::name).toList() + " form a cycle: no order "
                            + "loads them, nothing was restored"));
            waiting.remove(next);
            ordered.add(next);
            loaded.add(next.name());
        }
        return ordered;
    }

    private static void resetSequences(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select column_name, pg_get_serial_sequence(?, column_name) "
                + "from information_schema.columns where table_schema = ? and table_name = ? "
                + "and pg_get_serial_sequence(?, column_name) is not null")) {
            String qualified = SchemaSnapshots.qualified(schema, table);
            ps.setString(1, qualified);
            ps.setString(2, schema);
            ps.setString(3, table);
            ps.setString(4, qualified);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = SchemaSnapshots.quote(rs.getString(1));
                    try (Statement s = c.createStatement()) {
                        s.execute("select setval('" + rs.getString(2).replace("'", "''") + "', coalesce(max(" + column
                                + "), 1), max(" + column + ") is not null) from " + qualified);
                    }
                }
            }
        }
    }

    /**
     * Moves the service's committed offsets back to the snapshot's time on every partition the group has read. The
     * service must be stopped: Kafka refuses to move the offsets of a group with members.
     */
    private static Map<TopicPartition, Long> rewindConsumerGroup(Request r, Manifest manifest) {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, r.kafka(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        long since = manifest.takenAt().minus(REPLAY_MARGIN).toEpochMilli();
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(r.service())
                    .partitionsToOffsetAndMetadata().get();
            if (committed.isEmpty()) {
                return Map.of();
            }
            Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
            committed.keySet().forEach(tp -> specs.put(tp, OffsetSpec.forTimestamp(since)));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = admin.listOffsets(specs).all().get();
            Map<TopicPartition, OffsetAndMetadata> target = new HashMap<>();
            Map<TopicPartition, Long> rewound = new LinkedHashMap<>();
            committed.forEach((tp, offset) -> {
                long at = found.get(tp).offset();
                // -1: nothing written since the snapshot on this partition; keep the committed offset
                long to = at < 0 ? offset.offset() : Math.min(at, offset.offset());
                target.put(tp, new OffsetAndMetadata(to));
                rewound.put(tp, to);
            });
            admin.alterConsumerGroupOffsets(r.service(), target).all().get();
            return rewound;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the rows are restored, but consumer group " + r.service()
                    + " could not be rewound (is the service still running?): " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rewinding consumer group " + r.service(), e);
        }
    }

    private static Properties properties(Request r) {
        Properties p = new Properties();
        if (r.dbUser() != null) {
            p.setProperty("user", r.dbUser());
        }
        if (r.dbPassword() != null) {
            p.setProperty("password", r.dbPassword());
        }
        return p;
    }

    static Request parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        boolean replay = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--replay-from-snapshot")) {
                replay = true;
            } else if (a.startsWith("--") && i + 1 < args.length) {
                opts.put(a.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
        }
        List<String> known = List.of("service", "schema", "snapshot", "location", "db-url", "db-user", "kafka");
        for (String k : opts.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k);
            }
        }
        String service = opts.get("service");
        if (service == null || !service.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("--service is required (economy, moderation, ...), got " + service);
        }
        String env = System.getenv("PLATFORM_DB_URL");
        String url = opts.getOrDefault("db-url", env != null ? env : "jdbc:postgresql://127.0.0.1:55432/community");
        String user = opts.getOrDefault("db-user", System.getenv().getOrDefault("PLATFORM_DB_USER", "postgres"));
        String kafka = replay ? opts.getOrDefault("kafka",
                System.getenv().getOrDefault("PLATFORM_KAFKA_BOOTSTRAP", "127.0.0.1:9092")) : null;
        return new Request(url, user, System.getenv("PLATFORM_DB_PASSWORD"), service,
                opts.getOrDefault("schema", service), opts.containsKey("location") ? Path.of(opts.get("location"))
                        : community.platform.runtime.config.PlatformProperties.Backup.defaultLocation(),
                opts.getOrDefault("snapshot", "latest"), kafka);
    }

    static String usage() {
        return """
                usage: bin/restore --service NAME [--snapshot latest|ID|list] [--location DIR] [--schema NAME]
                                   [--db-url JDBC_URL] [--db-user USER] [--replay-from-snapshot [--kafka HOST:PORT]]
                  Stop the service first. The password comes from PLATFORM_DB_PASSWORD.""";
    }
}
