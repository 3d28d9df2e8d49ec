package community.platform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.testkit.KafkaBroker;
import community.platform.testkit.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command as a newcomer runs it: {@code bin/devstack} starts PostgreSQL, Kafka and every service,
 * proves the pipeline, stops everything, leaves no process behind, and keeps PostgreSQL's data for the next run.
 * (The Maven build that runs this test has just built the jars, so it passes --no-build.)
 */
class DevstackIT {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    static final Pattern PID = Pattern.compile("pid (\\d+)");

    @TempDir
    Path data;

    @Test
    @DisplayName("bin/devstack starts the whole system, probes every service, stops it without leftovers, keeps data")
    void runCommandStartsEverythingAndStopsClean() throws Exception {
        int pgPort = KafkaBroker.freePort();
        String first = run(pgPort, "--exit-after-start", "--demo");
        for (String service : Devstack.SERVICES) {
            assertThat(first).containsPattern(service + "-service +pid \\d+ +http://127\\.0\\.0\\.1:\\d+ +UP");
            assertThat(first).containsPattern(service + "-service +echoed in \\d+ ms");
        }
        assertThat(first).contains("postgresql").contains("kafka").containsPattern("total +\\d+ MiB");
        assertThat(first).containsPattern("discord-emulator +devstack +http://127\\.0\\.0\\.1:\\d+/api/v10/ +UP");
        assertThat(first).containsPattern("alice: /proposal .* acknowledged in +\\d+ ms")
                .containsPattern("\\| 🗳️ Proposal #\\d+: Raid night moves to Friday").contains("| ✅ Yes: 2")
                .contains("| ❌ No: 1")
                .contains("| 🎁 Daily reward claimed").contains("summoned:");
        assertNoneAlive(first);

        String second = run(pgPort, "--exit-after-start", "--services", "economy");
        assertThat(second).containsPattern("economy-service +echoed in \\d+ ms");
        assertNoneAlive(second);

        try (PostgresServer pg = PostgresServer.start(data.resolve("pg"), pgPort);
             var c = DriverManager.getConnection(pg.jdbcUrl("community"), PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery("select count(*) from economy.pipeline_probe")) {
            rs.next();
            assertThat(rs.getInt(1)).as("probes of both runs are kept").isEqualTo(2);
        }
    }

    @Test
    @DisplayName("bin/devstack refuses unknown options with a clear message and usage")
    void refusesBadOptions() throws Exception {
        Process p = new ProcessBuilder(ROOT.resolve("bin/devstack").toString(), "--no-build", "--services", "nope")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out).contains("unknown service nope").contains("usage: bin/devstack");
    }

    private String run(int pgPort, String... extra) throws IOException, InterruptedException {
        // Kafka (its controller on the next port) and the services in one range below the ephemeral ports, so no
        // outgoing connection takes one between this check and the bind
        int ports = KafkaBroker.freePortRange(2 + Devstack.PORTS_USED);
        List<String> cmd = new ArrayList<>(List.of(ROOT.resolve("bin/devstack").toString(), "--no-build",
                "--data-dir", data.toString(), "--pg-port", String.valueOf(pgPort),
                "--kafka-port", String.valueOf(ports), "--service-port", String.valueOf(ports + 2)));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        System.out.println(out);
        assertThat(p.exitValue()).as(out).isZero();
        Files.writeString(data.resolve("last-run.txt"), out);
        return out;
    }

    private static void assertNoneAlive(String output) {
        Matcher m = PID.matcher(output);
        while (m.find()) {
            long pid = Long.parseLong(m.group(1));
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("process " + pid + " is still running").isFalse();
        }
    }
}
