package community.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.probe.SendProbe;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RealInfraIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("PostgreSQL runs with logical replication and durable commits, and survives a restart with its data")
    void postgresIsConfiguredForDebezium() throws Exception {
        try (var c = DriverManager.getConnection(infra.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD)) {
            assertThat(setting(c, "wal_level")).isEqualTo("logical");
            assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(c, "fsync")).isEqualTo("on");
            c.createStatement().execute("create table kept(x int); insert into kept values (42)");
        }
        infra.postgres().restart();
        try (var c = DriverManager.getConnection(infra.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery("select x from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    @DisplayName("Kafka takes records with acks=all and keeps them across a broker restart")
    void kafkaKeepsRecordsAcrossRestart() {
        String topic = infra.topic("smoke");
        try (var sender = new CommandSender(infra.bootstrapServers())) {
            sender.send(topic, "k", new SendProbe("1", "p", 1, Instant.now()));
        }
        infra.kafka().restart();
        try (var tail = new TopicTail(infra.bootstrapServers(), topic)) {
            var got = tail.awaitCount(1, Duration.ofSeconds(30));
            assertThat(got.getFirst().key()).isEqualTo("k");
            assertThat(got.getFirst().ceType()).isEqualTo("platform.SendProbe.v1");
        }
    }

    @Test
    @DisplayName("The servers run where the mode says: on this machine's binaries and in this JVM when embedded, in two running containers of the local images otherwise")
    void serversRunWhereTheModeSays() {
        infra.postgres();
        if (RealInfra.mode() == RealInfra.Mode.EMBEDDED) {
            assertThat(infra.postgres()).isInstanceOf(PostgresServer.class);
            assertThat(infra.kafka()).isInstanceOf(KafkaBroker.class);
            // zonky's binaries, unpacked on this machine (in the image they sit in /opt/pgsql)
            assertThat(((PostgresServer) infra.postgres()).postmaster().orElseThrow().info().command().orElseThrow())
                    .contains("embedded-pg");
        } else {
            var running = org.testcontainers.DockerClientFactory.instance().client().listContainersCmd()
                    .withLabelFilter(java.util.Map.of("community.platform.testkit.owner-pid",
                            Long.toString(ProcessHandle.current().pid())))
                    .exec().stream().map(c -> c.getImage()).toList();
            assertThat(running).containsExactlyInAnyOrder(PostgresContainer.IMAGE, KafkaContainer.IMAGE);
        }
    }

    private static String setting(java.sql.Connection c, String name) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
