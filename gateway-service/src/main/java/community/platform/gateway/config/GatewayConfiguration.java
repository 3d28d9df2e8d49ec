package community.platform.gateway.config;

import community.platform.gateway.GatewayProperties;
import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.gateway.discord.CommandRegistration;
import community.platform.gateway.discord.DiscordConnection;
import community.platform.gateway.events.DiscordFacts;
import community.platform.gateway.events.FactPublisher;
import community.platform.gateway.events.GuildEnrolment;
import community.platform.gateway.events.Reconciliation;
import community.platform.gateway.events.TrackedMessages;
import community.platform.gateway.economy.CollectionPageButtons;
import community.platform.gateway.economy.DailyCommand;
import community.platform.gateway.economy.EconomyAdminCommand;
import community.platform.gateway.economy.EspritCommand;
import community.platform.gateway.economy.LeaderboardCommand;
import community.platform.gateway.economy.ProfileCommand;
import community.platform.gateway.economy.SummonCommand;
import community.platform.gateway.economy.TeamCommand;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.settings.BotLogCommand;
import community.platform.gateway.settings.PurgeCommand;
import community.platform.gateway.moderation.EscalateButtons;
import community.platform.gateway.moderation.EscalateCommand;
import community.platform.gateway.moderation.EscalateMessageCommand;
import community.platform.gateway.moderation.ModReportCommand;
import community.platform.gateway.moderation.ModSettingsCommand;
import community.platform.gateway.moderation.ModActionButtons;
import community.platform.gateway.moderation.ModVoteButtons;
import community.platform.gateway.interaction.InteractionIntake;
import community.platform.gateway.interaction.InteractionBatchWriter;
import community.platform.gateway.interaction.InteractionRecorder;
import community.platform.gateway.interaction.InteractionRouter;
import community.platform.gateway.voting.BallotButtons;
import community.platform.gateway.voting.CampaignCommand;
import community.platform.gateway.voting.InvestButtons;
import community.platform.gateway.voting.CloseProposalButton;
import community.platform.gateway.voting.ConstitutionCommand;
import community.platform.gateway.voting.ProposalCommand;
import community.platform.gateway.voting.ProposeCommand;
import community.platform.gateway.raid.OperatorCommands;
import community.platform.gateway.raid.RaidButtons;
import community.platform.gateway.raid.RaidCommands;
import community.platform.gateway.raid.RaidPlanCommand;
import community.platform.gateway.voting.WishCommand;
import community.platform.gateway.voting.WishesCommand;
import community.platform.runtime.config.PlatformProperties;
import community.platform.runtime.messaging.MessageHandler;
import community.platform.runtime.messaging.TopicNames;
import community.platform.runtime.config.PlatformAutoConfiguration;
import org.springframework.kafka.core.KafkaAdmin;
import community.platform.runtime.outbox.OutboxWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.dv8tion.jda.api.hooks.EventListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The Discord side of the gateway; off with {@code gateway.discord.enabled=false} (pipeline only). */
@Configuration
@EnableConfigurationProperties(GatewayProperties.class)
@ConditionalOnProperty(name = "gateway.discord.enabled", havingValue = "true", matchIfMissing = true)
public class GatewayConfiguration {

    /** Every feature's Discord surface, one class per slash command, message command or component family. */
    @Bean
    public InteractionRouter interactionRouter(GatewayProperties gateway) {
        return new InteractionRouter(platformCommands(java.util.Set.copyOf(gateway.operators())));
    }

    /**
     * Every slash command, message command and component family of the platform, registered in this one place;
     * {@code operators}: the user ids that may run the operator commands.
     */
    public static List<GatewayCommand> platformCommands(java.util.Set<String> operators) {
        List<GatewayCommand> commands = List.of(
                new ProposalCommand(), new ProposeCommand(), new BallotButtons(), new CloseProposalButton(),
                new CampaignCommand(), new InvestButtons(),
                new ConstitutionCommand(), new WishCommand(), new WishesCommand(),
                new RaidPlanCommand(), new RaidButtons(), new RaidCommands(), new OperatorCommands(operators),
                new DailyCommand(), new SummonCommand(), new EspritCommand(), new TeamCommand(), new ProfileCommand(),
                new LeaderboardCommand(), new EconomyAdminCommand(), new CollectionPageButtons(),
                new EscalateCommand(), new EscalateMessageCommand(), new ModReportCommand(), new ModSettingsCommand(),
                new ModVoteButtons(), new ModActionButtons(), new EscalateButtons(), new BotLogCommand(), new PurgeCommand());
        return commands;
    }

    /** Threads for the reconciliation's calls to Discord, off its event thread. */
    @Bean(destroyMethod = "shutdownNow")
    public ExecutorService reconciliationWork() {
        return Executors.newFixedThreadPool(4, Thread.ofPlatform().name("reconciliation-", 1).daemon().factory());
    }

    /** Records interactions' commands in the gateway's outbox; the relay brings them to their topics. */
    @Bean
    public InteractionRecorder interactionRecorder(PlatformTransactionManager transactions, OutboxWriter outbox,
                                                   JdbcTemplate jdbc, Clock clock, GatewayProperties gateway,
                                                   ObjectProvider<InteractionBatchWriter.Faults> faults,
                                                   MeterRegistry meters) {
        Duration deadline = gateway.interactions().recordDeadline();
        return new InteractionRecorder(new InteractionBatchWriter(new TransactionTemplate(transactions), outbox, jdbc,
                clock, deadline, faults.getIfAvailable(() -> InteractionBatchWriter.Faults.NONE)), deadline, meters);
    }

    @Bean
    public InteractionIntake interactionIntake(InteractionRouter router, InteractionRecorder recorder,
                                               MeterRegistry meters) {
        return new InteractionIntake(router, recorder, meters);
    }

    @Bean(destroyMethod = "close")
    public FactPublisher factPublisher(PlatformTransactionManager transactions, OutboxWriter outbox) {
        return new FactPublisher(new TransactionTemplate(transactions), outbox);
    }

    @Bean
    public GuildEnrolment guildEnrolment(FactPublisher publisher) {
        return new GuildEnrolment(publisher);
    }

    @Bean
    public DiscordFacts discordFacts(FactPublisher publisher, Clock clock) {
        return new DiscordFacts(publisher, clock);
    }

    @Bean
    public TrackedMessages trackedMessages(JdbcTemplate jdbc, Clock clock) {
        return new TrackedMessages(jdbc, clock);
    }

    @Bean
    public Reconciliation reconciliation(FactPublisher publisher, TrackedMessages tracked,
                                         ExecutorService reconciliationWork, Clock clock) {
        return new Reconciliation(publisher, tracked, reconciliationWork, clock);
    }

    /** The scheduler's {@code discord-reconciliation} runs, per guild. */
    @Bean
    public MessageHandler<JobTicked> reconciliationTicks(Reconciliation reconciliation) {
        return MessageHandler.of(Topics.SCHEDULER_EVENTS, MessageCatalog.JOB_TICKED,
                (tick, delivery) -> reconciliation.onTick(tick));
    }

    /** Registers the commands once the session is ready; health {@code discordCommands} says whether Discord took them. */
    @Bean
    public CommandRegistration discordCommandsHealthIndicator(InteractionRouter router, GatewayProperties gateway) {
        return new CommandRegistration(router.commands(), gateway.discord().guildCommands());
    }

    @Bean
    public DiscordConnection discordConnection(GatewayProperties gateway, List<EventListener> listeners) {
        return new DiscordConnection(gateway.discord(), listeners);
    }

    /** The topics the gateway writes: every domain's commands (recorded interactions), the actions' dead letters. */
    @Bean
    public KafkaAdmin.NewTopics gatewayTopics(PlatformProperties platform, TopicNames names) {
        List<String> topics = new java.util.ArrayList<>(Topics.ALL.stream().filter(t -> Topics.isCommands(t.name()))
                .map(names::of).toList());
        topics.add(names.deadLettersOf(names.of(Topics.DISCORD_ACTIONS)));
        return PlatformAutoConfiguration.topics(topics, platform.kafka().partitions());
    }
}
