package community.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.GoldenExamples;
import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.testkit.CommandSender;
import community.platform.testkit.GoldenExampleFeeder;
import community.platform.testkit.RealInfra;
import community.platform.testkit.TopicTail;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Consumer contract: every golden example of every version of the probe command is handled, none dead-lettered. */
class ProbeContractTest {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("every golden example of platform.SendProbe is handled by the probe handler and answered")
    void everyGoldenExampleIsHandled() {
        var examples = GoldenExamples.of(MessageCatalog.SEND_PROBE);
        String commands = infra.topic(Topics.commandsOf(RunningService.SERVICE).name());
        try (var service = RunningService.start(infra);
             var sender = new CommandSender(infra.bootstrapServers());
             var events = new TopicTail(infra.bootstrapServers(), infra.topic(
                     Topics.eventsOf(RunningService.SERVICE).name()));
             var dead = new TopicTail(infra.bootstrapServers(), commands + ".dlt")) {
            List<String> ids = GoldenExampleFeeder.feed(sender, commands, "golden", examples);

            events.awaitCount(examples.size(), Duration.ofSeconds(60));
            for (String id : ids) {
                assertThat(service.jdbc().queryForObject("select count(*) from inbox where message_id = ?",
                        Long.class, id)).as(id).isEqualTo(1);
            }
            assertThat(dead.drain(Duration.ofSeconds(1))).isEmpty();
        }
    }
}
