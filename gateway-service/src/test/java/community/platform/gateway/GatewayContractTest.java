package community.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.GoldenExamples;
import community.platform.contracts.GoldenExamples.Example;
import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageType;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordAction;
import community.platform.discord.emulator.DiscordEmulator;
import community.platform.runtime.messaging.InboundMessages;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.HandlerContract;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consumer contract on a real database and the Discord emulator: every golden example of every Discord action is
 * carried out or refused for good (recorded once either way), and every example of what the gateway's handlers take
 * is handled; nothing is dead-lettered.
 */
class GatewayContractTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("every golden example (every version) of every Discord action and of every message the gateway consumes is performed or refused, none dead-lettered")
    void everyGoldenExampleIsHandled() {
        // GIVEN the gateway on real Kafka and PostgreSQL, connected to the Discord emulator
        try (DiscordEmulator discord = DiscordEmulator.start();
             RunningApp app = RunningApp.start(GatewayServiceApplication.class, infra, List.of(
                     "--platform.service=gateway", "--gateway.discord.rest-url=" + discord.restUrl(),
                     "--gateway.discord.token=" + discord.token()));
             CommandSender sender = new CommandSender(infra.bootstrapServers());
             TopicTail dead = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_ACTIONS.name())
                     + ".dlt")) {
            discord.awaitBot(WAIT);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            // WHEN every golden example of every Discord action is sent as the services' outboxes would
            List<MessageType<?>> actions = MessageCatalog.ALL.stream()
                    .filter(t -> DiscordAction.class.isAssignableFrom(t.javaType())).toList();
            List<UUID> ids = new ArrayList<>();
            for (MessageType<?> type : actions) {
                List<Example> examples = GoldenExamples.of(type);
                assertThat(examples).as("golden examples of " + type.type()).isNotEmpty();
                for (Example example : examples) {
                    UUID id = UUID.randomUUID();
                    CommandSender.await(sender.sendRaw(infra.topic(Topics.DISCORD_ACTIONS.name()), example.toString(),
                            id.toString(), type.type(), example.json().getBytes(StandardCharsets.UTF_8),
                            GoldenExamples.WRITTEN_AT));
                    ids.add(id);
                }
            }
            // THEN each is recorded once as performed or refused, none dead-lettered
            Await.until("every Discord action performed or refused", WAIT, () -> ids.stream().allMatch(id ->
                    jdbc.queryForObject("select count(*) from performed_action where action_id = ?", Long.class, id)
                            == 1));
            assertThat(dead.drain(Duration.ofSeconds(1))).isEmpty();
            assertThat(actions).extracting(MessageType::type).contains(MessageCatalog.SEND_CHANNEL_MESSAGE.type(),
                    MessageCatalog.EDIT_INTERACTION_REPLY.type(), MessageCatalog.MODERATE_MEMBER.type(),
                    MessageCatalog.TRACK_REACTIONS.type());
            // AND what the gateway's handlers take (the reconciliation's ticks, the log channel, the pipeline probe) is
            // handled
            assertThat(HandlerContract.everyGoldenExampleIsHandled(infra, app,
                    app.bean(InboundMessages.class).handledTypes())).containsOnlyKeys(HandlerContract.types(
                    MessageCatalog.SEND_PROBE, MessageCatalog.JOB_TICKED, MessageCatalog.SET_LOG_CHANNEL));
        }
    }
}
