package community.platform.runtime.inbox;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records a message id in the inbox within the handling transaction. A message seen before is skipped, so a
 * redelivery (consumer restart, producer retry, relay replay) has no effect.
 */
public final class InboxGuard {

    private final JdbcTemplate jdbc;

    public InboxGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time a message id is seen; false for every later delivery. */
    public boolean firstDelivery(String messageId, String messageType, String guildId) {
        return jdbc.update("insert into inbox (message_id, guild_id, message_type) values (?, ?, ?) "
                + "on conflict (message_id) do nothing", messageId, guildId, messageType) == 1;
    }
}
