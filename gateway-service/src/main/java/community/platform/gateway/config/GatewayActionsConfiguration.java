package community.platform.gateway.config;

import community.platform.contracts.MessageCodec;
import community.platform.gateway.GatewayProperties;
import community.platform.gateway.action.ActionConsumer;
import community.platform.gateway.action.ActionLane;
import community.platform.gateway.action.ActionPerformer;
import community.platform.gateway.action.PerformedActions;
import community.platform.gateway.discord.DiscordConnection;
import community.platform.gateway.events.Reconciliation;
import community.platform.gateway.events.TrackedMessages;
import community.platform.gateway.interaction.RecordedInteractions;
import community.platform.gateway.settings.LogChannelRepository;
import community.platform.runtime.config.ConsumerHealthIndicator;
import community.platform.runtime.messaging.ConsumerHealthRegistry;
import community.platform.runtime.messaging.ContainerCustomization;
import community.platform.runtime.messaging.DeadLetters;
import community.platform.runtime.outbox.OutboxWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the answer leaves: the two lanes that perform {@code discord.actions} through JDA (prompt and paced), what
 * they record of each action and of the interactions they answer, and their health. Off with the rest of the Discord
 * side ({@code gateway.discord.enabled=false}, pipeline only).
 */
@Configuration
@ConditionalOnProperty(name = "gateway.discord.enabled", havingValue = "true", matchIfMissing = true)
public class GatewayActionsConfiguration {

    /** The consumer group of {@code discord.actions}. */
    static final String ACTIONS_GROUP = "gateway-actions";
    static final String PACED_ACTIONS_GROUP = "gateway-paced-actions";

    @Bean
    public ActionPerformer actionPerformer(DiscordConnection discord, TrackedMessages tracked,
                                           Reconciliation reconciliation, RecordedInteractions interactions,
                                           GatewayProperties gateway) {
        return new ActionPerformer(discord, tracked, reconciliation, interactions, gateway.actions().dmPerSecond(),
                gateway.actions().dmBurst());
    }

    @Bean
    public RecordedInteractions recordedInteractions(JdbcTemplate jdbc, Clock clock, GatewayProperties gateway) {
        return new RecordedInteractions(jdbc, clock, gateway.actions().retention());
    }

    @Bean
    public PerformedActions performedActions(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                             OutboxWriter outbox, Clock clock, GatewayProperties gateway,
                                             LogChannelRepository logChannels, MeterRegistry meters) {
        return new PerformedActions(jdbc, new TransactionTemplate(transactions), outbox, clock,
                gateway.actions().retention(), logChannels, meters);
    }

    /**
     * The Spring Cloud Stream function {@code discordActions} (binding {@code discordActions-in-0}, group
     * {@code gateway-actions}, settings in gateway.yml).
     */
    @Bean(destroyMethod = "close")
    public ActionConsumer discordActions(MessageCodec codec, ActionPerformer performer, PerformedActions performed,
                                         RecordedInteractions interactions, KafkaTemplate<?, ?> kafkaTemplate, GatewayProperties gateway,
                                         ConsumerHealthRegistry health, MeterRegistry meters) {
        return new ActionConsumer(codec, performer, performed, interactions, DeadLetters.recoverer(kafkaTemplate),
                gateway.actions(), health.of(ACTIONS_GROUP), meters, ActionLane.PROMPT);
    }

    /**
     * The Spring Cloud Stream function {@code discordPacedActions} (binding {@code discordPacedActions-in-0}, group
     * {@code gateway-paced-actions}): the same topic, the actions Discord paces (DMs, members' roles and moderation),
     * so they never hold back the prompt lane's replies and edits.
     */
    @Bean(destroyMethod = "close")
    public ActionConsumer discordPacedActions(MessageCodec codec, ActionPerformer performer,
                                              PerformedActions performed, RecordedInteractions interactions,
                                              KafkaTemplate<?, ?> kafkaTemplate,
                                              GatewayProperties gateway, ConsumerHealthRegistry health,
                                              MeterRegistry meters) {
        return new ActionConsumer(codec, performer, performed, interactions, DeadLetters.recoverer(kafkaTemplate),
                gateway.actions(), health.of(PACED_ACTIONS_GROUP), meters, ActionLane.PACED);
    }

    /**
     * Each lane's container, paused by its lane while {@code gateway.actions.in-flight} actions are not done; paused, it
     * waits at most {@code gateway.actions.paused-poll} in a poll, so a resumed lane fetches its next actions that soon.
     */
    @Bean
    public ContainerCustomization discordActionsFlowControl(
            @Qualifier("discordActions") ActionConsumer discordActions,
            @Qualifier("discordPacedActions") ActionConsumer discordPacedActions, GatewayProperties gateway) {
        return (container, destination, group) -> {
            ActionConsumer lane = ACTIONS_GROUP.equals(group) ? discordActions
                    : PACED_ACTIONS_GROUP.equals(group) ? discordPacedActions : null;
            if (lane != null) {
                container.getContainerProperties().setPollTimeoutWhilePaused(gateway.actions().pausedPoll());
                lane.flowControlledBy(container);
            }
        };
    }

    /** {@code discordActions} in {@code /actuator/health}, readiness and liveness (gateway.yml). */
    @Bean
    public ConsumerHealthIndicator discordActionsHealthIndicator(ConsumerHealthRegistry health,
                                                                 GatewayProperties gateway) {
        return new ConsumerHealthIndicator(health.of(ACTIONS_GROUP), gateway.actions().unhealthyAfter());
    }

    /** {@code discordPacedActions} in {@code /actuator/health}, readiness and liveness (gateway.yml). */
    @Bean
    public ConsumerHealthIndicator discordPacedActionsHealthIndicator(ConsumerHealthRegistry health,
                                                                      GatewayProperties gateway) {
        return new ConsumerHealthIndicator(health.of(PACED_ACTIONS_GROUP), gateway.actions().unhealthyAfter());
    }
}
