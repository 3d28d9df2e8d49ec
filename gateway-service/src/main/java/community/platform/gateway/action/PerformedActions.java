package community.platform.gateway.action;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The gateway's record of the Discord actions it performed, written in its own transaction right after Discord
 * answered: a redelivered action (after a crash, a rebalance, a replay) is found here and not performed again.
 */
public final class PerformedActions {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    public PerformedActions(JdbcTemplate jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    public boolean performed(UUID actionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from performed_action where action_id = ?)", Boolean.class, actionId));
    }

    public void record(UUID actionId, String guildId, String type, String outcome) {
        jdbc.update("""
                insert into performed_action (action_id, guild_id, type, outcome, performed_at)
                values (?, ?, ?, ?, ?) on conflict (action_id) do nothing""",
                actionId, Long.parseLong(guildId), type, outcome, Timestamp.from(clock.instant()));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public void purge() {
        jdbc.update("delete from performed_action where performed_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
    }
}
