package community.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.probe.SendProbe;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.TopicTail;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A service's consumer under a database outage of a minute: it keeps retrying the poll (never dead-letters it), says
 * so in its health (readiness out, liveness in), and when the database is back every command takes effect once.
 */
class ConsumerSurvivesDatabaseOutageIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Duration WAIT = Duration.ofSeconds(120);
    static final String GUILD = "81384788765712384";

    @Test
    @DisplayName("a database outage of a minute: readiness out, liveness in, nothing dead-lettered, every command once after it")
    void outageOfAMinute() {
        String commands = infra.topic(Topics.commandsOf(RunningService.SERVICE).name());
        try (var service = RunningService.start(infra, java.util.List.of("--platform.kafka.unhealthy-after=2s"));
             var sender = new CommandSender(infra.bootstrapServers());
             var dead = new TopicTail(infra.bootstrapServers(), commands + ".dlt")) {
            sender.send(commands, "outage", new SendProbe(GUILD, "outage", 0, Instant.now()));
            Await.until("the first command handled", WAIT, () -> service.echoes(GUILD, "outage") == 1);

            Instant down = Instant.now();
            infra.postgres().stop();
            try {
                for (int i = 1; i <= 20; i++) {
                    sender.send(commands, "outage", new SendProbe(GUILD, "outage", i, Instant.now()));
                }
                Await.until("the consumer to say it keeps failing", WAIT, () -> service.health("").body()
                        .contains("\"state\":\"FAILING\""));
                assertThat(service.health("/readiness").statusCode()).isEqualTo(503);
                assertThat(service.health("/liveness").statusCode()).as("alive: it recovers by itself")
                        .isEqualTo(200);
                Await.until("a minute of outage", WAIT, () -> Instant.now().isAfter(down.plusSeconds(60)));
                assertThat(service.health("/liveness").statusCode()).isEqualTo(200);
            } finally {
                infra.postgres().start();
            }
            Await.until("every command of the outage handled once", WAIT, () -> service.echoes(GUILD, "outage") == 21);
            Await.until("ready again", WAIT, () -> service.health("/readiness").statusCode() == 200);
            assertThat(dead.drain(Duration.ofSeconds(1))).as("nothing dead-lettered").isEmpty();
            Await.holds("each command once", Duration.ofSeconds(2), () -> service.echoes(GUILD, "outage") == 21);
        }
    }
}
