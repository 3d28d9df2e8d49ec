package community.platform.economy;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.economy.ClaimDaily;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.runtime.messaging.Delivery;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.InteractionAnswers;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TableDump;
import community.platform.testkit.TopicTail;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reads answered straight to {@code discord.actions} (platform {@code DirectReplies}), on real Kafka, PostgreSQL and
 * Debezium: the answer is the record the relay would have sent, with the id the outbox would have given it, no outbox
 * row is written, the poll's offsets are committed once Kafka took the answer, and a read delivered again is answered
 * again with the same id (where a command that changes something is not handled twice).
 */
class DirectReadsIT {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final List<String> DIRECT = List.of("--platform.service=economy", "--economy.direct-reads=true");
    static final String GUILD = "700000000000000011";
    static final String DANA = "800000000000000021";
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final AtomicLong IDS = new AtomicLong(1_330_000_000_000_000_000L);

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static InteractionRef click(Instant at) {
        String id = Long.toString(IDS.incrementAndGet());
        return new InteractionRef("1300000000000000001", id, "token-" + id, "900000000000000001", DANA, "en-US", at);
    }

    static List<TopicTail.Received> answersTo(TopicTail replies, InteractionRef click, int count) {
        return InteractionAnswers.to(replies.awaitUntil(all -> InteractionAnswers.to(all, click).size() >= count,
                WAIT), click);
    }

    @Test
    @DisplayName("GIVEN a member's profile asked WHEN the economy answers THEN the answer is the relay's record with the id the outbox would give it, no outbox row is written, and the poll's offsets are committed")
    void answeredStraightAndAcknowledged() throws Exception {
        try (RunningApp app = RunningApp.start(EconomyServiceApplication.class, infra, DIRECT);
             CommandSender sender = new CommandSender(infra.bootstrapServers());
             TopicTail replies = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_ACTIONS.name()))) {
            InteractionRef click = click(T0);
            String commandId = click.interactionId();
            sender.send(infra.topic(Topics.ECONOMY_COMMANDS.name()), GUILD + ":" + DANA, commandId,
                    ShowEconomy.of(GUILD, ShowEconomy.View.PROFILE, DANA, click));

            TopicTail.Received answer = answersTo(replies, click, 1).getFirst();
            InteractionAnswers.assertAnswered(infra, "economy", new Delivery("economy", commandId,
                    "economy.ShowEconomy.v1", "/gateway", T0, "").derivedId("reply"), answer, 0);
            assertThat(answer.headers()).containsOnlyKeys("ce_id", "ce_type", "ce_source", "ce_time",
                    "ce_specversion", "content-type");
            assertThat(answer.key()).isEqualTo(InteractionAnswers.decode(answer).key());
            assertThat(InteractionAnswers.decode(answer).message().embeds()).isNotEmpty();
            Await.until("the economy's offsets committed to the end of economy.commands", WAIT,
                    this::offsetsAtTheEnd);
        }
    }

    @Test
    @DisplayName("GIVEN a profile and a daily each delivered twice with the same id WHEN both deliveries are handled THEN the profile is answered twice with the same id (the gateway performs it once) and the daily once")
    void aReadDeliveredAgainAnswersAgain() throws Exception {
        try (RunningApp app = RunningApp.start(EconomyServiceApplication.class, infra, DIRECT);
             CommandSender sender = new CommandSender(infra.bootstrapServers());
             TopicTail replies = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_ACTIONS.name()))) {
            String topic = infra.topic(Topics.ECONOMY_COMMANDS.name());
            String key = GUILD + ":" + DANA;
            InteractionRef daily = click(T0.plusSeconds(5));
            InteractionRef profile = click(T0.plusSeconds(6));
            // as a crash redelivers them: the same ids, after the inbox has recorded them
            sender.send(topic, key, daily.interactionId(), new ClaimDaily(GUILD, daily));
            sender.send(topic, key, profile.interactionId(),
                    ShowEconomy.of(GUILD, ShowEconomy.View.PROFILE, DANA, profile));
            answersTo(replies, profile, 1);
            answersTo(replies, daily, 1);
            long ledgerRows = ledgerRows(daily);
            assertThat(ledgerRows).isPositive();
            sender.send(topic, key, daily.interactionId(), new ClaimDaily(GUILD, daily));
            sender.send(topic, key, profile.interactionId(),
                    ShowEconomy.of(GUILD, ShowEconomy.View.PROFILE, DANA, profile));

            List<TopicTail.Received> profiles = answersTo(replies, profile, 2);
            assertThat(profiles).hasSize(2);
            assertThat(profiles.stream().map(TopicTail.Received::ceId).distinct()).hasSize(1);
            Await.until("the second deliveries handled", WAIT, this::offsetsAtTheEnd);
            List<TopicTail.Received> all = replies.drain(Duration.ofSeconds(2));
            assertThat(InteractionAnswers.to(all, daily)).hasSize(1);
            assertThat(ledgerRows(daily)).as("the daily is paid once").isEqualTo(ledgerRows);
        }
    }

    static long ledgerRows(InteractionRef command) throws Exception {
        try (Connection c = connect()) {
            return TableDump.single(c, "select count(*) from economy.ledger where command_id = '"
                    + command.interactionId() + "'");
        }
    }

    /** Whether the consumer group {@code economy} committed every record of {@code economy.commands}. */
    boolean offsetsAtTheEnd() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()))) {
            String topic = infra.topic(Topics.ECONOMY_COMMANDS.name());
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("economy")
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> ends = admin.listOffsets(admin.describeTopics(List.of(topic)).allTopicNames()
                            .get().get(topic).partitions().stream()
                            .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()),
                                    p -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            return ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                    || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
        } catch (Exception e) {
            return false;
        }
    }

    static Connection connect() throws Exception {
        return DriverManager.getConnection(infra.postgres().jdbcUrl(infra.database()), "postgres", "postgres");
    }
}
