package community.platform.runtime.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.InteractionRef;
import community.platform.testkit.PostgresServer;
import community.platform.testkit.RealInfra;
import community.platform.testkit.TopicTail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read's answer sent straight to {@code discord.actions} ({@link DirectReplies}) on real Kafka and PostgreSQL: the
 * relay's record (key, value, exactly the CloudEvents headers), the same id when the command is handled again, and
 * a transaction that cannot commit while Kafka does not take the answer.
 */
class DirectRepliesIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final String GUILD = "81384788765712384";
    static final InteractionRef CLICK = new InteractionRef("1300000000000000001", "1400000000000000001", "token-1",
            "900000000000000001", "820000000000000001", "en-US", Instant.parse("2026-12-01T10:00:00Z"));

    static DefaultKafkaProducerFactory<String, byte[]> producers;
    static DirectReplies direct;
    static TransactionTemplate tx;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void wire() {
        producers = new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 4000),
                new StringSerializer(), new ByteArraySerializer());
        direct = new DirectReplies(new KafkaTemplate<>(producers), new MessageCodec(),
                new TopicNames(infra.topicPrefix()), Clock.systemUTC(), "economy");
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setUrl(infra.jdbcUrl());
        db.setUser(PostgresServer.USER);
        db.setPassword(PostgresServer.PASSWORD);
        jdbc = new JdbcTemplate(db);
        jdbc.execute("create table handled (command text primary key)");
        tx = new TransactionTemplate(new DataSourceTransactionManager(db));
    }

    @AfterAll
    static void close() {
        producers.destroy();
    }

    static Delivery command(String id) {
        return new Delivery("economy", id, "economy.ShowEconomy.v1", "/gateway", Instant.now(), GUILD);
    }

    @Test
    @DisplayName("GIVEN a read answered in its transaction WHEN it commits THEN discord.actions holds the relay's record: the action's key, the id the outbox would give it, exactly the CloudEvents headers")
    void theRelaysRecord() {
        String topic = infra.topic(Topics.DISCORD_ACTIONS.name());
        Delivery d = command("read-1");
        try (TopicTail tail = new TopicTail(infra.bootstrapServers(), topic)) {
            tx.executeWithoutResult(s -> direct.reply(d, GUILD, CLICK, DiscordMessage.text("Your profile")));
            // the topic is the class's: take this test's record
            TopicTail.Received r = tail.awaitUntil(rs -> rs.stream().anyMatch(x -> x.value().contains("Your profile")),
                    Duration.ofSeconds(30)).stream().filter(x -> x.value().contains("Your profile")).findFirst()
                    .orElseThrow();
            EditInteractionReply expected = new EditInteractionReply(GUILD, CLICK, DiscordMessage.text("Your profile"),
                    false);
            assertThat(r.key()).isEqualTo(expected.key());
            assertThat(new MessageCodec().decode(r.ceType(), r.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isEqualTo(expected);
            assertThat(r.ceId()).isEqualTo(d.derivedId("reply").toString());
            assertThat(r.headers()).containsOnlyKeys("ce_id", "ce_type", "ce_source", "ce_time", "ce_specversion",
                    "content-type");
            assertThat(r.ceType()).isEqualTo("discord.EditInteractionReply.v1");
            assertThat(r.header("ce_source")).isEqualTo("/economy");
        }
    }

    @Test
    @DisplayName("GIVEN a read whose transaction fails after the answer was sent WHEN the command is handled again THEN the second answer carries the same id, which the gateway performs once")
    void handledAgainSameId() {
        String topic = infra.topic(Topics.DISCORD_ACTIONS.name());
        Delivery d = command("read-2");
        try (TopicTail tail = new TopicTail(infra.bootstrapServers(), topic)) {
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                direct.reply(d, GUILD, CLICK, DiscordMessage.text("Page 2"));
                throw new IllegalStateException("the poll fails after the answer left");
            })).isInstanceOf(IllegalStateException.class);
            tx.executeWithoutResult(s -> direct.reply(d, GUILD, CLICK, DiscordMessage.text("Page 2")));
            String id = d.derivedId("reply").toString();
            List<TopicTail.Received> all = tail.awaitUntil(rs -> rs.stream().filter(r -> r.key().equals(
                    new EditInteractionReply(GUILD, CLICK, DiscordMessage.text("Page 2"), false).key())
                    && r.value().contains("Page 2")).count() == 2, Duration.ofSeconds(30));
            assertThat(all.stream().filter(r -> r.value().contains("Page 2")).map(TopicTail.Received::ceId))
                    .containsExactly(id, id);
        }
    }

    @Test
    @DisplayName("GIVEN Kafka stopped WHEN a read is answered THEN its transaction fails as a passing failure (the poll is handled again) and nothing of it commits")
    void kafkaAwayNothingCommits() {
        infra.kafka().stop();
        try {
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                jdbc.update("insert into handled values ('read-3')");
                direct.reply(command("read-3"), GUILD, CLICK, DiscordMessage.text("Leaderboard"));
            })).satisfies(e -> assertThat(InboundMessages.isTransient(e)).as(e.toString()).isTrue());
            assertThat(jdbc.queryForObject("select count(*) from handled where command = 'read-3'", Long.class))
                    .isZero();
        } finally {
            infra.kafka().start();
        }
    }

    @Test
    @DisplayName("GIVEN no transaction WHEN a read is answered THEN it is refused: the answer must belong to the command's transaction")
    void onlyInATransaction() {
        assertThatThrownBy(() -> direct.reply(command("read-4"), GUILD, CLICK, DiscordMessage.text("x")))
                .isInstanceOf(IllegalStateException.class);
    }
}
