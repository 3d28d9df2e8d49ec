package community.platform.runtime.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Records a message id in the inbox within the handling transaction. A message seen before is skipped, so a
 * redelivery (consumer restart, producer retry, relay replay) has no effect.
 */
public final class InboxGuard {

    private final JdbcTemplate jdbc;

    public InboxGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(String messageId, String messageType, String guildId) {
    }

    /**
     * Records a whole poll in one statement and returns the ids seen for the first time; an id that occurs twice in
     * {@code entries} is returned once.
     */
    public Set<String> firstDeliveries(List<Entry> entries) {
        if (entries.isEmpty()) {
            return Set.of();
        }
        Set<String> first = new HashSet<>();
        jdbc.query("insert into inbox (message_id, message_type, guild_id) "
                        + "select * from unnest(?::text[], ?::text[], ?::text[]) "
                        + "on conflict (message_id) do nothing returning message_id",
                ps -> {
                    var c = ps.getConnection();
                    ps.setArray(1, c.createArrayOf("text", entries.stream().map(Entry::messageId).toArray()));
                    ps.setArray(2, c.createArrayOf("text", entries.stream().map(Entry::messageType).toArray()));
                    ps.setArray(3, c.createArrayOf("text", entries.stream().map(Entry::guildId).toArray()));
                },
                (RowCallbackHandler) rs -> first.add(rs.getString(1)));
        return first;
    }

    /** True the first time a message id is seen; false for every later delivery. */
    public boolean firstDelivery(String messageId, String messageType, String guildId) {
        return jdbc.update("insert into inbox (message_id, guild_id, message_type) values (?, ?, ?) "
                + "on conflict (message_id) do nothing", messageId, guildId, messageType) == 1;
    }
}
