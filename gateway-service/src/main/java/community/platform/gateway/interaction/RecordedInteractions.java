package community.platform.gateway.interaction;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/** How each recorded interaction was (to be) acknowledged ({@code recorded_interaction}), for answers that come late. */
public final class RecordedInteractions {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    public RecordedInteractions(JdbcTemplate jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    public Optional<Outcome.Ack> ackOf(String interactionId) {
        Long id = idOrNull(interactionId);
        return id == null ? Optional.empty() : jdbc.queryForList(
                "select ack from recorded_interaction where interaction_id = ?", String.class, id).stream().findFirst()
                .map(Outcome.Ack::valueOf);
    }

    /** How each of these interactions was acknowledged, in one query (those not recorded, or not ids, are absent). */
    public Map<String, Outcome.Ack> acksOf(Collection<String> interactionIds) {
        Long[] ids = interactionIds.stream().map(RecordedInteractions::idOrNull).filter(Objects::nonNull)
                .toArray(Long[]::new);
        Map<String, Outcome.Ack> acks = new HashMap<>();
        if (ids.length == 0) {
            return acks;
        }
        jdbc.query("select interaction_id, ack from recorded_interaction where interaction_id = any(?)",
                rs -> {
                    acks.put(Long.toString(rs.getLong(1)), Outcome.Ack.valueOf(rs.getString(2)));
                }, (Object) ids);
        return acks;
    }

    private static Long idOrNull(String interactionId) {
        try {
            return Long.parseLong(interactionId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public void purge() {
        jdbc.update("delete from recorded_interaction where recorded_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
    }
}
