package community.platform.scheduler.config;

import community.platform.contracts.Topics;
import community.platform.runtime.config.PlatformProperties;
import community.platform.runtime.messaging.TopicNames;
import community.platform.runtime.config.PlatformAutoConfiguration;
import org.springframework.kafka.core.KafkaAdmin;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** db-scheduler runs on platform time, so a 24-hour timer takes seconds when {@code platform.time.scale} says so. */
@Configuration
@EnableConfigurationProperties(SchedulerProperties.class)
public class SchedulerConfiguration {

    @Bean("dbSchedulerClock")
    public com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock platformClock) {
        return platformClock::instant;
    }

    /** Timer firings go to the owners' commands topics: they exist before the first firing is relayed. */
    @Bean
    public KafkaAdmin.NewTopics ownerTopics(SchedulerProperties settings, PlatformProperties platform, TopicNames names) {
        List<String> topics = settings.timers().owners().stream().map(owner -> names.of(Topics.commandsOf(owner)))
                .sorted().toList();
        return PlatformAutoConfiguration.topics(topics, platform.kafka().partitions());
    }
}
