package community.platform.runtime;

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
import community.platform.testkit.RealInfra;
import community.platform.testkit.TopicTail;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Backups on real components: backup ticks from the scheduler make the service snapshot its schema and keep the newest
 * N; the schema is then dropped, restored from the snapshot and compared, and the commands handled after the
 * snapshot are replayed from Kafka so nothing is lost.
 */
class BackupRestoreIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String GUILD = "81384788765712384";
    static final String SCHEMA = RunningService.SERVICE;

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
            try (var service = RunningService.start(infra, List.of("--platform.backup.location=" + backups,
                    "--platform.backup.keep=2"))) {
                for (int i = 0; i < 30; i++) {
                    sender.send(commands, "p" + (i % 7), new SendProbe(GUILD, "p" + (i % 7), i, Instant.now()));
                }
                echoes.awaitCount(30, WAIT);
                afterFirstBatch = checksums(service.jdbc(), "pipeline_probe");

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
                beforeWipe = checksums(service.jdbc(), "pipeline_probe", "inbox");
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
            try (var service = RunningService.start(infra, List.of("--platform.backup.location=" + backups))) {
                Await.until("the state after replay to equal the state before the wipe", WAIT,
                        () -> checksums(service.jdbc(), "pipeline_probe", "inbox").equals(beforeWipe));
            }
        }
        assertThatThrownBy(() -> RestoreSnapshot.restore(new RestoreSnapshot.Request(infra.jdbcUrl(),
                PostgresServer.USER, PostgresServer.PASSWORD, SCHEMA, SCHEMA, backups, "no-such", null)))
                .hasMessageContaining("no snapshot no-such");
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
