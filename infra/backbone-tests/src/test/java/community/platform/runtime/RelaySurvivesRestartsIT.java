package community.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.probe.SendProbe;
import community.platform.runtime.relay.OutboxRelay;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.TopicTail;
import community.platform.testkit.TopicTail.Received;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RelaySurvivesRestartsIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final String GUILD = "42";
    static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");

    @Test
    @DisplayName("the Debezium relay survives a PostgreSQL restart and a Kafka restart without losing or reordering an event of one key")
    void relaySurvivesPostgresAndKafkaRestarts() throws Exception {
        String commands = infra.topic(Topics.commandsOf(RunningService.SERVICE).name());
        String events = infra.topic(Topics.eventsOf(RunningService.SERVICE).name());
        String key = "ordered";
        int perPhase = 40;
        try (var service = RunningService.start(infra);
             var sender = new CommandSender(infra.bootstrapServers());
             var tail = new TopicTail(infra.bootstrapServers(), events)) {
            OutboxRelay relay = service.context.getBean(OutboxRelay.class);
            int seq = 0;
            for (; seq < perPhase; seq++) {
                sender.send(commands, key, new SendProbe(GUILD, key, seq, Instant.now()));
            }
            awaitSequences(tail, key, perPhase);

            infra.postgres().restart();
            for (; seq < 2 * perPhase; seq++) {
                sender.send(commands, key, new SendProbe(GUILD, key, seq, Instant.now()));
            }
            awaitSequences(tail, key, 2 * perPhase);

            infra.kafka().restart();
            for (; seq < 3 * perPhase; seq++) {
                sendRetrying(sender, commands, key, seq);
            }
            List<Long> firstSeen = awaitSequences(tail, key, 3 * perPhase);

            List<Long> expected = new ArrayList<>();
            for (long i = 0; i < 3 * perPhase; i++) {
                expected.add(i);
            }
            assertThat(firstSeen).as("first occurrence of each event, in order").isEqualTo(expected);
            assertThat(relay.restarts()).as("the relay had to restart at least once").isPositive();
            assertThat(relay.streaming()).isTrue();
        }
    }

    /** Sequences of the distinct events (by ce_id) of one key, in the order they first appeared on the topic. */
    private static List<Long> awaitSequences(TopicTail tail, String key, int count) {
        List<Received> all = tail.awaitUntil(r -> distinct(r, key).size() >= count, Duration.ofSeconds(120));
        Set<String> seen = new LinkedHashSet<>();
        List<Long> sequences = new ArrayList<>();
        for (Received r : all) {
            if (key.equals(r.key()) && seen.add(r.ceId())) {
                Matcher m = SEQUENCE.matcher(r.value());
                assertThat(m.find()).isTrue();
                sequences.add(Long.parseLong(m.group(1)));
            }
        }
        return sequences;
    }

    private static Set<String> distinct(List<Received> all, String key) {
        Set<String> ids = new LinkedHashSet<>();
        all.stream().filter(r -> key.equals(r.key())).forEach(r -> ids.add(r.ceId()));
        return ids;
    }

    private static void sendRetrying(CommandSender sender, String topic, String key, int seq) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                sender.send(topic, key, new SendProbe(GUILD, key, seq, Instant.now()));
                return;
            } catch (IllegalStateException e) {
                if (attempt > 20) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
