package community.platform.gateway.guild;

import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.EnrolGuild;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.UUID;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every guild the bot serves is enrolled with the scheduler (its per-guild jobs start), each time the bot sees it:
 * {@code EnrolGuild} is idempotent. Written through the outbox off Discord's event thread.
 */
public final class GuildEnrolment extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(GuildEnrolment.class);

    private final TransactionTemplate transactions;
    private final OutboxWriter outbox;
    private final Executor executor;

    public GuildEnrolment(TransactionTemplate transactions, OutboxWriter outbox, Executor executor) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.executor = executor;
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        enrol(event.getGuild());
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        enrol(event.getGuild());
    }

    private void enrol(Guild guild) {
        String guildId = guild.getId();
        executor.execute(() -> {
            try {
                transactions.executeWithoutResult(tx -> outbox.append(UUID.randomUUID(), Topics.SCHEDULER_COMMANDS,
                        guildId, new EnrolGuild(guildId)));
            } catch (RuntimeException e) {
                log.warn("guild {} not enrolled with the scheduler; it will be on the next start", guildId, e);
            }
        });
    }
}
