package community.platform.runtime.config;

import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.runtime.backup.BackupHandler;
import community.platform.runtime.inbox.InboxGuard;
import community.platform.runtime.messaging.AfterCommitHook;
import community.platform.runtime.messaging.ConsumerHealthRegistry;
import community.platform.runtime.messaging.ContainerCustomization;
import community.platform.runtime.messaging.DeadLetters;
import community.platform.runtime.messaging.DirectReplies;
import community.platform.runtime.messaging.EndOfPoll;
import community.platform.runtime.messaging.InboundMessages;
import community.platform.runtime.messaging.MessageHandler;
import community.platform.runtime.messaging.PollAcknowledgements;
import community.platform.runtime.messaging.TopicNames;
import community.platform.runtime.outbox.OutboxPurgeRoutine;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.runtime.probe.ProbeHandler;
import community.platform.runtime.relay.OutboxRelay;
import community.platform.runtime.relay.OutboxSlot;
import community.platform.runtime.relay.RelayProducers;
import community.platform.runtime.time.ScaledClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the backbone into every service: clock, inbox, outbox, the Spring Cloud Stream function that handles each
 * poll, dead letters, topics, relay, probe, health.
 */
@AutoConfiguration
@EnableScheduling
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {

    /** The binding of {@link #platformInbound}: its settings are under {@code spring.cloud.stream.bindings.<this>}. */
    public static final String INBOUND_BINDING = "platformInbound-in-0";

    @Bean
    @ConditionalOnMissingBean
    public MessageCodec messageCodec() {
        return new MessageCodec();
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock platformClock(PlatformProperties properties) {
        return ScaledClock.of(properties.time().scale(), properties.time().since());
    }

    @Bean
    public TopicNames topicNames(PlatformProperties properties) {
        return new TopicNames(properties.kafka().topicPrefix());
    }

    @Bean
    public OutboxWriter outboxWriter(JdbcTemplate jdbc, MessageCodec codec, TopicNames topics, Clock clock) {
        return new OutboxWriter(jdbc, codec, topics, clock);
    }

    /**
     * When a poll's offsets may be committed: after its commit, once the answers its reads sent straight are on Kafka
     * (waiting at most twice the producer's delivery timeout where the consumer must wait). Those answers have a
     * producer of their own: Boot's settings (platform-defaults.yml: acks=all, idempotent) with
     * {@code platform.kafka.replies-linger}, closed with the context.
     */
    @Bean
    public PollAcknowledgements pollAcknowledgements(KafkaProperties kafka, PlatformProperties properties) {
        var producers = RelayProducers.factory(kafka.buildProducerProperties(), properties.service() + "-direct-replies",
                Map.of(ProducerConfig.LINGER_MS_CONFIG, (int) properties.kafka().repliesLinger().toMillis()));
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(producers);
        return new PollAcknowledgements(template::send, Duration.ofSeconds(30), producers::destroy);
    }

    /** Reads' answers straight to {@code discord.actions}, without the outbox's round trip. */
    @Bean
    public DirectReplies directReplies(PollAcknowledgements acknowledgements, MessageCodec codec, TopicNames topics,
                                       Clock clock, PlatformProperties properties) {
        return new DirectReplies(acknowledgements, codec, topics, clock, properties.service());
    }

    @Bean
    public OutboxPurgeRoutine outboxPurgeRoutine(JdbcTemplate jdbc, Clock clock, PlatformProperties properties) {
        return new OutboxPurgeRoutine(jdbc, clock, properties.outbox().retention());
    }

    @Bean
    public InboxGuard inboxGuard(JdbcTemplate jdbc) {
        return new InboxGuard(jdbc);
    }

    @Bean
    public ProbeHandler probeHandler(PlatformProperties properties, JdbcTemplate jdbc, OutboxWriter outbox,
                                     Clock clock) {
        return new ProbeHandler(properties.service(), jdbc, outbox, clock);
    }

    @Bean
    public BackupHandler backupHandler(PlatformProperties properties, DataSource dataSource) {
        return new BackupHandler(properties, dataSource);
    }

    @Bean
    public ConsumerHealthRegistry consumerHealthRegistry() {
        return new ConsumerHealthRegistry();
    }

    /**
     * The Spring Cloud Stream function of every service ({@code spring.cloud.function.definition}): each poll of the
     * binding {@code platformInbound-in-0} in one transaction with the inbox, the handlers and the outbox.
     */
    @Bean
    public java.util.function.Consumer<org.springframework.messaging.Message<List<byte[]>>> platformInbound(
            PlatformProperties properties, TopicNames names, ObjectProvider<MessageHandler<?>> handlers,
            PlatformTransactionManager transactions, InboxGuard inbox, MessageCodec codec,
            ObjectProvider<AfterCommitHook> afterCommit, ConsumerHealthRegistry health, EndOfPoll endOfPoll,
            PollAcknowledgements acknowledgements, MeterRegistry meters) {
        return new InboundMessages(properties.service(), names, handlers.orderedStream().toList(),
                new TransactionTemplate(transactions), inbox, codec,
                afterCommit.getIfAvailable(() -> AfterCommitHook.NONE), health.of(properties.service()), endOfPoll,
                acknowledgements, meters);
    }

    /** Work handlers do once per poll (a message many commands of the poll change, rendered once). */
    @Bean
    @ConditionalOnMissingBean
    public EndOfPoll endOfPoll() {
        return new EndOfPoll();
    }

    /**
     * The binder's one container customizer: offsets are committed without waiting for the broker's answer (the next
     * poll need not wait; an offset lost to a crash only means a redelivery, which the inbox makes a no-op), then every
     * {@link ContainerCustomization} of the service.
     */
    @Bean
    public ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> platformContainerCustomizer(
            ObjectProvider<ContainerCustomization> customizations) {
        return (container, destination, group) -> {
            container.getContainerProperties().setSyncCommits(false);
            customizations.orderedStream().forEach(c -> c.customize(container, destination, group));
        };
    }

    /** The bindings' error handler ({@code common-error-handler-bean-name}): dead letters and endless retries. */
    @Bean
    public DefaultErrorHandler platformErrorHandler(KafkaTemplate<?, ?> kafkaTemplate, PlatformProperties properties) {
        return DeadLetters.errorHandler(DeadLetters.recoverer(kafkaTemplate), properties.kafka().retryBackoff(),
                properties.kafka().maxRetryBackoff());
    }

    /**
     * The topics a service reads must be exactly those its binding subscribes to ({@code spring.cloud.stream
     * .bindings.platformInbound-in-0.destination}): a handler on a topic nobody subscribes to would never run.
     */
    @Bean
    public SmartInitializingSingleton inboundTopicsCheck(
            java.util.function.Consumer<org.springframework.messaging.Message<List<byte[]>>> platformInbound,
            BindingServiceProperties bindings) {
        return () -> {
            Set<String> read = ((InboundMessages) platformInbound).topics();
            String destination = bindings.getBindingDestination(INBOUND_BINDING);
            Set<String> subscribed = destination == null || destination.equals(INBOUND_BINDING) ? Set.of()
                    : Arrays.stream(destination.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                    .collect(Collectors.toSet());
            if (!read.equals(subscribed)) {
                throw new IllegalStateException("spring.cloud.stream.bindings." + INBOUND_BINDING + ".destination "
                        + "must list the topics the handlers read: handlers read " + new TreeSet<>(read)
                        + ", the binding subscribes to " + new TreeSet<>(subscribed));
            }
        };
    }

    /** Topics the service writes to or dead-letters into, created when missing (the binder creates what it reads). */
    @Bean
    public KafkaAdmin.NewTopics platformTopics(
            java.util.function.Consumer<org.springframework.messaging.Message<List<byte[]>>> platformInbound,
            PlatformProperties properties, TopicNames names) {
        List<String> owned = new ArrayList<>();
        ((InboundMessages) platformInbound).topics().forEach(t -> owned.add(names.deadLettersOf(t)));
        owned.add(names.of(Topics.eventsOf(properties.service())));
        return topics(owned, properties.kafka().partitions());
    }

    /** The named topics with the configured partitions, one replica, as the devstack's single broker needs. */
    public static KafkaAdmin.NewTopics topics(List<String> names, int partitions) {
        return new KafkaAdmin.NewTopics(names.stream().distinct()
                .map(t -> TopicBuilder.name(t).partitions(partitions).replicas(1)
                        .config("min.insync.replicas", "1").build())
                .toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnProperty(name = "platform.relay.enabled", havingValue = "true", matchIfMissing = true)
    public OutboxRelay outboxRelay(PlatformProperties properties, Environment env, KafkaProperties kafka,
                                   MeterRegistry meters) {
        return new OutboxRelay(properties, outboxDatabase(env), kafka.buildProducerProperties(), meters);
    }

    /** The outbox's slot and publication, made before anything is consumed, for the relay here or elsewhere. */
    @Bean
    public OutboxSlot outboxSlot(PlatformProperties properties, Environment env) {
        return new OutboxSlot(outboxDatabase(env), properties.schema());
    }

    /** The service's own database ({@code spring.datasource.*}), which the outbox's slot and relay connect to. */
    private static OutboxRelay.Database outboxDatabase(Environment env) {
        return new OutboxRelay.Database(env.getRequiredProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"));
    }

    @Bean
    public PipelineHealthIndicator pipelineHealthIndicator(
            java.util.function.Consumer<org.springframework.messaging.Message<List<byte[]>>> platformInbound,
            ConsumerHealthRegistry health, PlatformProperties properties, ObjectProvider<OutboxRelay> relay) {
        return new PipelineHealthIndicator(((InboundMessages) platformInbound).topics(),
                new ConsumerHealthIndicator(health.of(properties.service()), properties.kafka().unhealthyAfter()),
                relay.getIfAvailable());
    }
}
