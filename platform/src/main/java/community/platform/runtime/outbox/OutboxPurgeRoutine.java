package community.platform.runtime.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes outbox rows older than the retention. The relay publishes inserts only (the publication has
 * {@code publish = 'insert'}), so deletes never reach Kafka.
 */
public class OutboxPurgeRoutine {

    private static final Logger log = LoggerFactory.getLogger(OutboxPurgeRoutine.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    public OutboxPurgeRoutine(JdbcTemplate jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public void purge() {
        int deleted = jdbc.update("delete from outbox where created_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
        if (deleted > 0) {
            log.info("purged {} outbox rows older than {}", deleted, retention);
        }
    }
}
