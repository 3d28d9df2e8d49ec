package community.platform.scheduler.job;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.ConfigureJob;
import community.platform.contracts.scheduler.EnrolGuild;
import community.platform.contracts.scheduler.RunJobNow;
import community.platform.runtime.messaging.MessageHandler;
import java.time.Clock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The commands about recurring jobs on {@code scheduler.commands}, and the platform jobs started with the service. */
@Configuration
public class JobCommandHandlers {

    private final JobBook book;
    private final TransactionTemplate tx;

    public JobCommandHandlers(JobBook book, PlatformTransactionManager transactions) {
        this.book = book;
        this.tx = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startPlatformJobs() {
        tx.executeWithoutResult(s -> book.ensurePlatformJobs());
    }

    @Bean
    public MessageHandler<ConfigureJob> configureJobHandler() {
        return MessageHandler.of(Topics.SCHEDULER_COMMANDS, MessageCatalog.CONFIGURE_JOB,
                (request, delivery) -> book.configure(request));
    }

    @Bean
    public MessageHandler<EnrolGuild> enrolGuildHandler() {
        return MessageHandler.of(Topics.SCHEDULER_COMMANDS, MessageCatalog.ENROL_GUILD,
                (request, delivery) -> book.enrol(request.guildId()));
    }

    @Bean
    public MessageHandler<RunJobNow> runJobNowHandler(JobCatalog catalog, JobRuns runs, Clock clock) {
        return MessageHandler.of(Topics.SCHEDULER_COMMANDS, MessageCatalog.RUN_JOB_NOW, (request, delivery) -> {
            catalog.require(request.job(), request.guildId());
            runs.tick(request.guildId(), request.job(), "manual/" + delivery.messageId(), clock.instant(), "manual");
        });
    }
}
