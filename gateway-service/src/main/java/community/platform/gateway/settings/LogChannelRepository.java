package community.platform.gateway.settings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each guild's log channel for the bot's notices ({@code guild_log_channel}). */
@Repository
public class LogChannelRepository {

    private final JdbcTemplate jdbc;

    LogChannelRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> of(long guildId) {
        return jdbc.queryForList("select channel_id from guild_log_channel where guild_id = ?", Long.class, guildId)
                .stream().findFirst();
    }

    void set(long guildId, long channelId, long setBy, Instant at) {
        jdbc.update("""
                insert into guild_log_channel (guild_id, channel_id, set_by, set_at) values (?, ?, ?, ?)
                on conflict (guild_id) do update set channel_id = excluded.channel_id, set_by = excluded.set_by,
                    set_at = excluded.set_at""", guildId, channelId, setBy, Timestamp.from(at));
    }

    void clear(long guildId) {
        jdbc.update("delete from guild_log_channel where guild_id = ?", guildId);
    }
}
