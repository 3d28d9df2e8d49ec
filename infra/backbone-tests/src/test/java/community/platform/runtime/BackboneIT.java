package community.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.CloudEventHeaders;
import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.probe.SendProbe;
import community.platform.runtime.messaging.AfterCommitHook;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.TopicTail;
import community.platform.testkit.TopicTail.Received;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The backbone end to end on real components: command topic -> consumer -> inbox + state + outbox in one transaction
 * -> embedded Debezium -> events topic, with the ce_* headers and the right key.
 */
class BackboneIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String GUILD = "81384788765712384";

    static CommandSender sender;
    final MessageCodec codec = new MessageCodec();

    @BeforeAll
    static void sender() {
        sender = new CommandSender(infra.bootstrapServers());
    }

    @AfterAll
    static void closeSender() {
        sender.close();
    }

    static String commands() {
        return infra.topic(Topics.commandsOf(RunningService.SERVICE).name());
    }

    static String events() {
        return infra.topic(Topics.eventsOf(RunningService.SERVICE).name());
    }

    static List<Received> eventsOf(List<Received> all, String probeId) {
        return all.stream().filter(r -> probeId.equals(r.key())).toList();
    }

    @Test
    @DisplayName("a command changes state and its event reaches Kafka through outbox and Debezium, keyed and with ce_* headers")
    void probeTravelsTheBackbone() {
        String probeId = "slice-" + UUID.randomUUID();
        try (var service = RunningService.start(infra); var tail = new TopicTail(infra.bootstrapServers(), events())) {
            String commandId = sender.send(commands(), probeId, new SendProbe(GUILD, probeId, 3, Instant.now()));

            Received event = tail.awaitUntil(r -> !eventsOf(r, probeId).isEmpty(), WAIT).stream()
                    .filter(r -> probeId.equals(r.key())).findFirst().orElseThrow();
            assertThat(event.ceType()).isEqualTo(MessageCatalog.PROBE_ECHOED.type());
            assertThat(event.ceId()).isNotBlank().isNotEqualTo(commandId);
            assertThat(event.header(CloudEventHeaders.SOURCE)).isEqualTo("/economy");
            assertThat(Instant.parse(event.header(CloudEventHeaders.TIME))).isBefore(Instant.now().plusSeconds(1));
            assertThat(event.header(CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(codec.validate(MessageCatalog.PROBE_ECHOED, event.value())).isEmpty();
            assertThat(event.value()).contains("\"echoes\":1").contains("\"sequence\":3");
            assertThat(service.echoes(GUILD, probeId)).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("producer contract: every outbox row the service wrote is valid against its type's schema")
    void outboxRowsMatchTheirSchemas() {
        String probeId = "contract-" + UUID.randomUUID();
        try (var service = RunningService.start(infra); var tail = new TopicTail(infra.bootstrapServers(), events())) {
            sender.send(commands(), probeId, new SendProbe(GUILD, probeId, 0, Instant.now()));
            tail.awaitUntil(r -> !eventsOf(r, probeId).isEmpty(), WAIT);
            var rows = service.jdbc().queryForList("select type, payload from outbox");
            assertThat(rows).isNotEmpty();
            for (var row : rows) {
                var type = MessageCatalog.byType((String) row.get("type")).orElseThrow();
                assertThat(codec.validate(type, (String) row.get("payload"))).as(row.toString()).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("delivered twice, a command has one effect and one event")
    void duplicateDeliveryHasOneEffect() {
        String probeId = "dup-" + UUID.randomUUID();
        String commandId = UUID.randomUUID().toString();
        var probe = new SendProbe(GUILD, probeId, 1, Instant.now());
        try (var service = RunningService.start(infra); var tail = new TopicTail(infra.bootstrapServers(), events())) {
            sender.send(commands(), probeId, commandId, probe);
            sender.send(commands(), probeId, commandId, probe);
            // a later, distinct command of the same key proves the duplicate was consumed, not just slow
            sender.send(commands(), probeId, new SendProbe(GUILD, probeId, 2, Instant.now()));

            List<Received> mine = eventsOf(tail.awaitUntil(r -> eventsOf(r, probeId).size() >= 2, WAIT), probeId);
            assertThat(eventsOf(tail.drain(Duration.ofSeconds(2)), probeId)).hasSize(2);
            assertThat(mine.get(0).value()).contains("\"echoes\":1");
            assertThat(mine.get(1).value()).contains("\"echoes\":2");
            assertThat(service.echoes(GUILD, probeId)).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("a service killed after its database commit and before its offset commit has one effect after restart")
    void crashBetweenDatabaseCommitAndOffsetCommit() {
        String probeId = "crash-" + UUID.randomUUID();
        AtomicBoolean crashed = new AtomicBoolean();
        AfterCommitHook crashOnce = offsets -> {
            if (crashed.compareAndSet(false, true)) {
                throw new SimulatedCrash();
            }
        };
        try (var tail = new TopicTail(infra.bootstrapServers(), events())) {
            try (var service = RunningService.start(infra, crashOnce)) {
                sender.send(commands(), probeId, new SendProbe(GUILD, probeId, 1, Instant.now()));
                tail.awaitUntil(r -> !eventsOf(r, probeId).isEmpty(), WAIT);
                assertThat(crashed).isTrue();
                assertThat(service.echoes(GUILD, probeId)).isEqualTo(1);
            }
            try (var restarted = RunningService.start(infra)) {
                // the uncommitted offset makes Kafka deliver the command again; the inbox must swallow it
                sender.send(commands(), probeId, new SendProbe(GUILD, probeId, 2, Instant.now()));
                List<Received> mine = eventsOf(tail.awaitUntil(r -> eventsOf(r, probeId).size() >= 2, WAIT), probeId);
                assertThat(eventsOf(tail.drain(Duration.ofSeconds(2)), probeId).stream().map(Received::ceId).distinct())
                        .hasSize(2);
                assertThat(mine.get(1).value()).contains("\"sequence\":2").contains("\"echoes\":2");
                assertThat(restarted.echoes(GUILD, probeId)).isEqualTo(2);
                Long redelivered = restarted.jdbc().queryForObject(
                        "select count(*) from inbox where message_type = 'platform.SendProbe.v1'", Long.class);
                assertThat(redelivered).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    @DisplayName("poison messages land in the dead-letter topic with a reason and the next message is processed")
    void poisonGoesToDeadLetters() {
        String probeId = "poison-" + UUID.randomUUID();
        try (var service = RunningService.start(infra);
             var events = new TopicTail(infra.bootstrapServers(), events());
             var dead = new TopicTail(infra.bootstrapServers(), commands() + ".dlt")) {
            CommandSender.await(sender.sendRaw(commands(), probeId, "p1", "platform.SendProbe.v1",
                    "not json".getBytes(StandardCharsets.UTF_8)));
            CommandSender.await(sender.sendRaw(commands(), probeId, "p2", "platform.SendProbe.v1",
                    "{\"guildId\":\"1\",\"probeId\":\"x\",\"sequence\":-5,\"sentAt\":\"2026-01-01T00:00:00Z\"}"
                            .getBytes(StandardCharsets.UTF_8)));
            CommandSender.await(sender.sendRaw(commands(), probeId, "p3", null, "{}".getBytes(StandardCharsets.UTF_8)));
            CommandSender.await(sender.sendRaw(commands(), probeId, null, "platform.SendProbe.v1",
                    "{}".getBytes(StandardCharsets.UTF_8)));
            sender.send(commands(), probeId, new SendProbe(GUILD, probeId, 9, Instant.now()));

            List<Received> letters = dead.awaitCount(4, WAIT);
            assertThat(letters).extracting(r -> r.header(CloudEventHeaders.DLT_REASON))
                    .anySatisfy(reason -> assertThat(reason).contains("not JSON"))
                    .anySatisfy(reason -> assertThat(reason).contains("does not match its schema"))
                    .anySatisfy(reason -> assertThat(reason).contains("missing ce_type"))
                    .anySatisfy(reason -> assertThat(reason).contains("missing ce_id"));
            assertThat(letters).allSatisfy(r -> {
                assertThat(r.key()).isEqualTo(probeId);
                assertThat(r.header(CloudEventHeaders.DLT_ORIGIN)).startsWith(commands() + "/");
            });
            events.awaitUntil(r -> !eventsOf(r, probeId).isEmpty(), WAIT);
            assertThat(service.echoes(GUILD, probeId)).isEqualTo(1);
        }
    }

    /** An Error, as a real crash is not something the consumer retries. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash between database commit and offset commit");
        }
    }
}
