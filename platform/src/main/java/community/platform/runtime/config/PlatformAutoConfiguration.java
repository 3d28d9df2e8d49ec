package community.platform.runtime.config;

import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.runtime.backup.BackupHandler;
import community.platform.runtime.inbox.InboxGuard;
import community.platform.runtime.messaging.AfterCommitHook;
import community.platform.runtime.messaging.DeadLetterPublisher;
import community.platform.runtime.messaging.MessageConsumer;
import community.platform.runtime.messaging.MessageHandler;
import community.platform.runtime.messaging.ReliableProducer;
import community.platform.runtime.messaging.TopicNames;
import community.platform.runtime.messaging.TopicProvisioner;
import community.platform.runtime.outbox.OutboxPurgeRoutine;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.runtime.probe.ProbeHandler;
import community.platform.runtime.relay.OutboxRelay;
import community.platform.runtime.time.ScaledClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the backbone into every service: clock, inbox, outbox, consumer loop, dead letters, relay, probe, health. */
@AutoConfiguration
@EnableScheduling
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {

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

    @Bean(destroyMethod = "close")
    public KafkaProducer<String, byte[]> deadLetterProducer(PlatformProperties properties) {
        return ReliableProducer.create(properties.kafka().bootstrapServers(), properties.service() + "-dead-letters");
    }

    @Bean
    public DeadLetterPublisher deadLetterPublisher(KafkaProducer<String, byte[]> deadLetterProducer,
                                                   TopicNames topics) {
        return new DeadLetterPublisher(deadLetterProducer, topics);
    }

    @Bean
    public MessageConsumer messageConsumer(PlatformProperties properties, TopicNames names,
                                           ObjectProvider<MessageHandler<?>> handlers,
                                           PlatformTransactionManager transactions, InboxGuard inbox,
                                           DeadLetterPublisher deadLetters, MessageCodec codec,
                                           ObjectProvider<AfterCommitHook> afterCommit, MeterRegistry meters) {
        MessageConsumer consumer = new MessageConsumer(properties, names, handlers.orderedStream().toList(),
                new TransactionTemplate(transactions), inbox, deadLetters, codec,
                afterCommit.getIfAvailable(() -> AfterCommitHook.NONE), meters);
        List<String> owned = new ArrayList<>(consumer.topics());
        consumer.topics().forEach(t -> owned.add(names.deadLettersOf(t)));
        owned.add(names.of(Topics.eventsOf(properties.service())));
        TopicProvisioner.ensure(properties.kafka().bootstrapServers(), owned, properties.kafka().partitions());
        return consumer;
    }

    @Bean
    @ConditionalOnProperty(name = "platform.relay.enabled", havingValue = "true", matchIfMissing = true)
    public OutboxRelay outboxRelay(PlatformProperties properties, Environment env, MeterRegistry meters) {
        return new OutboxRelay(properties, new OutboxRelay.Database(
                env.getRequiredProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password")), meters);
    }

    @Bean
    public PipelineHealthIndicator pipelineHealthIndicator(MessageConsumer consumer,
                                                           ObjectProvider<OutboxRelay> relay) {
        return new PipelineHealthIndicator(consumer, relay.getIfAvailable());
    }
}
