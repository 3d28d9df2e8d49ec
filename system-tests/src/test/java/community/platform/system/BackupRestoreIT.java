package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.Topics;
import community.platform.contracts.probe.SendProbe;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.runtime.backup.Manifest;
import community.platform.runtime.backup.RestoreSnapshot;
import community.platform.runtime.backup.SchemaSnapshots;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.PostgresServer;
import community.platform.raid.RaidServiceApplication;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Backups on real components: backup ticks from the scheduler make a service snapshot its schema and keep the newest
 * N; the schema is then dropped, restored from the snapshot and compared, and the commands handled after the
 * snapshot are replayed from Kafka so nothing is lost. The real schema of every service, with rows in every table,
 * survives a snapshot, a drop and a restore unchanged (foreign keys included).
 */
class BackupRestoreIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String GUILD = "81384788765712384";
    /** A service that runs only the platform's pipeline: its commands are probes. */
    static final String SCHEMA = "raid";
    static final List<String> SERVICES = List.of("gateway", "voting", "economy", "raid", "moderation", "scheduler");

    @TempDir
    Path backups;

    @Test
    @DisplayName("backup ticks snapshot the schema (keep 2); drop the schema, restore, compare; replay recovers what came after")
    void wipeRestoreCompare() {
        String commands = infra.topic(Topics.commandsOf(SCHEMA).name());
        String ticks = infra.topic(Topics.SCHEDULER_EVENTS.name());
        Map<String, String> afterFirstBatch;
        Map<String, String> beforeWipe;
        try (var sender = new CommandSender(infra.bootstrapServers());
             var echoes = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.eventsOf(SCHEMA).name()))) {
            try (var service = start(List.of("--platform.backup.location=" + backups, "--platform.backup.keep=2"))) {
                for (int i = 0; i < 30; i++) {
                    sender.send(commands, "p" + (i % 7), new SendProbe(GUILD, "p" + (i % 7), i, Instant.now()));
                }
                echoes.awaitCount(30, WAIT);
                afterFirstBatch = checksums(jdbc(service), "pipeline_probe");

                for (int run = 1; run <= 3; run++) {
                    sender.send(ticks, "0", backupTick("run-" + run, Instant.now()));
                    awaitSnapshots(run == 1 ? 1 : 2, run);
                }
                // another job's tick is not this service's business: ignored, no snapshot
                sender.send(ticks, "42", new JobTicked(GUILD, "weekly-summary", "w-1", Instant.now(), Instant.now(),
                        "schedule"));
                assertThat(snapshots().list()).hasSize(2);

                for (int i = 30; i < 50; i++) {
                    sender.send(commands, "q" + (i % 5), new SendProbe(GUILD, "q" + (i % 5), i, Instant.now()));
                }
                echoes.awaitCount(50, WAIT);
                beforeWipe = checksums(jdbc(service), "pipeline_probe", "inbox");
            }

            Manifest latest = snapshots().find("latest");
            assertThat(latest.tables()).extracting(Manifest.TableCopy::name)
                    .contains("inbox", "pipeline_probe").doesNotContain("outbox", "relay_offset");

            JdbcTemplate admin = adminJdbc();
            admin.execute("drop schema " + SCHEMA + " cascade");

            var request = new RestoreSnapshot.Request(infra.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD,
                    SCHEMA, SCHEMA, backups, "latest", null);
            RestoreSnapshot.Result restored = RestoreSnapshot.restore(request);
            assertThat(restored.rows()).containsEntry("pipeline_probe", 7L);
            assertThat(checksums(admin, "pipeline_probe")).isEqualTo(afterFirstBatch);

            // restoring into a schema that is already there (same version) replaces its rows
            RestoreSnapshot.restore(request);
            assertThat(checksums(admin, "pipeline_probe")).isEqualTo(afterFirstBatch);

            // now with the replay: the consumer group goes back to the snapshot's time, the second batch is handled
            // again when the service starts, and the restored inbox skips what the snapshot already had
            RestoreSnapshot.Result withReplay = RestoreSnapshot.restore(new RestoreSnapshot.Request(infra.jdbcUrl(),
                    PostgresServer.USER, PostgresServer.PASSWORD, SCHEMA, SCHEMA, backups, "latest",
                    infra.bootstrapServers()));
            assertThat(withReplay.rewound()).isNotEmpty();
            try (var service = start(List.of("--platform.backup.location=" + backups))) {
                Await.until("the state after replay to equal the state before the wipe", WAIT,
                        () -> checksums(jdbc(service), "pipeline_probe", "inbox").equals(beforeWipe));
            }
        }
        assertThatThrownBy(() -> RestoreSnapshot.restore(new RestoreSnapshot.Request(infra.jdbcUrl(),
                PostgresServer.USER, PostgresServer.PASSWORD, SCHEMA, SCHEMA, backups, "no-such", null)))
                .hasMessageContaining("no snapshot no-such");
    }

    @Test
    @DisplayName("every service's real schema, with rows in every table, is snapshotted, dropped and restored unchanged, foreign keys and sequences included")
    void everyServiceSchemaRoundTrips() throws Exception {
        JdbcTemplate admin = adminJdbc();
        for (String service : SERVICES) {
            // a schema of its own, apart from the running service the other test uses
            String schema = "copy_" + service;
            // GIVEN the service's schema at its newest version, with rows in every table it snapshots
            Flyway.configure().dataSource(infra.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD)
                    .schemas(schema).defaultSchema(schema)
                    .locations("classpath:db/platform", "classpath:db/" + service).load().migrate();
            for (String fixture : List.of("platform", service)) {
                String sql = new String(BackupRestoreIT.class.getResourceAsStream("/backup-fixtures/" + fixture
                        + ".sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                admin.execute("set search_path to " + schema + "; " + sql + "; set search_path to public");
            }
            List<String> tables = admin.queryForList("select table_name from information_schema.tables where"
                    + " table_schema = ? and table_type = 'BASE TABLE' and table_name not in"
                    + " ('outbox', 'relay_offset', 'flyway_schema_history') order by table_name", String.class,
                    schema);
            Map<String, String> before = allRows(admin, schema, tables);
            assertThat(before).as("rows in every table of " + service).allSatisfy((table, sum) ->
                    assertThat(sum).as(service + "." + table).doesNotStartWith("0:"));

            // WHEN it is snapshotted, the schema dropped and the snapshot restored
            Manifest taken = new SchemaSnapshots(backups, service).take(new DriverManagerDataSource(infra.jdbcUrl(),
                    PostgresServer.USER, PostgresServer.PASSWORD), service, schema, "every-" + service,
                    Instant.now());
            assertThat(taken.tables()).extracting(Manifest.TableCopy::name).containsExactlyInAnyOrderElementsOf(tables);
            admin.execute("drop schema " + schema + " cascade");
            RestoreSnapshot.restore(new RestoreSnapshot.Request(infra.jdbcUrl(), PostgresServer.USER,
                    PostgresServer.PASSWORD, service, schema, backups, "every-" + service, null));

            // THEN every row of every table is back, and new rows get ids after the restored ones
            assertThat(allRows(admin, schema, tables)).as(service).isEqualTo(before);
        }
        admin.update("insert into copy_economy.ledger (guild_id, member_id, currency, delta, balance_after, reason,"
                + " command_id, at) values (1, 2, 'gold', 1, 1, 'GRANT', 'c3', now())");
        assertThat(admin.queryForObject("select max(entry_id) from copy_economy.ledger", Long.class)).isEqualTo(3);
    }

    /** Every table's rows, all columns, order-independent. */
    static Map<String, String> allRows(JdbcTemplate jdbc, String schema, List<String> tables) {
        Map<String, String> sums = new TreeMap<>();
        for (String table : tables) {
            sums.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|'"
                    + " order by t::text)), '') from " + schema + "." + table + " t", String.class));
        }
        return sums;
    }

    static RunningApp start(List<String> extraArgs) {
        List<String> args = new java.util.ArrayList<>(List.of("--platform.service=" + SCHEMA));
        args.addAll(extraArgs);
        return RunningApp.start(RaidServiceApplication.class, infra, args);
    }

    static JdbcTemplate jdbc(RunningApp service) {
        return service.bean(JdbcTemplate.class);
    }

    static JobTicked backupTick(String runId, Instant at) {
        return new JobTicked(JobTicked.PLATFORM_GUILD, "backup", runId, at, at, "manual");
    }

    SchemaSnapshots snapshots() {
        return new SchemaSnapshots(backups, SCHEMA);
    }

    void awaitSnapshots(int count, int run) {
        String suffix = UUID.nameUUIDFromBytes(("run-" + run).getBytes()).toString().substring(0, 8);
        Await.until(count + " snapshots, the newest of run " + run, WAIT, () -> {
            List<Manifest> all = snapshots().list();
            return all.size() == count && all.stream().anyMatch(m -> m.id().endsWith(suffix));
        });
    }

    static JdbcTemplate adminJdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(infra.jdbcUrl(), PostgresServer.USER,
                PostgresServer.PASSWORD));
    }

    /**
     * A digest of each table's rows, order-independent. Handling times ({@code updated_at}, {@code received_at}) are
     * left out: a replayed command is handled again later, with the same effect.
     */
    static Map<String, String> checksums(JdbcTemplate jdbc, String... tables) {
        Map<String, String> columns = Map.of("pipeline_probe", "guild_id, probe_id, echoes, last_sequence",
                "inbox", "message_id, message_type, guild_id");
        Map<String, String> sums = new TreeMap<>();
        for (String table : tables) {
            sums.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(r::text, '|' "
                    + "order by r::text)), '') from (select " + columns.get(table) + " from " + SCHEMA + "." + table
                    + ") r", String.class));
        }
        return sums;
    }
}
