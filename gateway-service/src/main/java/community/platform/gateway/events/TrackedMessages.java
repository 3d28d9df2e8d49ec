package community.platform.gateway.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The messages whose reactions the gateway reconciles with Discord, asked for by services. */
public final class TrackedMessages {

    /** A message to reconcile; {@code emoji}: the reaction whose members are listed (null: counts only). */
    public record Tracked(long guildId, long channelId, long messageId, String emoji) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public TrackedMessages(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void track(String guildId, String channelId, String messageId, String emoji) {
        jdbc.update("""
                insert into tracked_message (message_id, guild_id, channel_id, since, emoji) values (?, ?, ?, ?, ?)
                on conflict (message_id) do update set emoji = excluded.emoji""", Long.parseLong(messageId),
                Long.parseLong(guildId), Long.parseLong(channelId), Timestamp.from(clock.instant()), emoji);
    }

    public void untrack(String messageId) {
        jdbc.update("delete from tracked_message where message_id = ?", Long.parseLong(messageId));
    }

    public List<Tracked> ofGuild(String guildId) {
        return jdbc.query("select guild_id, channel_id, message_id, emoji from tracked_message where guild_id = ? "
                + "order by message_id", (rs, n) -> new Tracked(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getString(4)), Long.parseLong(guildId));
    }
}
