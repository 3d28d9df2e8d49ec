package community.platform.economy.esprit;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of changing an esprit: a level up, a dissolve. Conditional, in the handler's transaction. */
@Repository
class EspritRepository {

    private final JdbcTemplate jdbc;

    EspritRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the level was not {@code from} any more */
    boolean raiseLevel(long guild, long member, int number, int from) {
        return jdbc.update("update esprit set level = level + 1 where guild_id = ? and member_id = ? and esprit_no = ?"
                + " and level = ? and dissolved_at is null", guild, member, number, from) == 1;
    }

    /** Dissolves the esprit once: @return false when it was already dissolved. Takes it out of the team. */
    boolean dissolve(long guild, long member, int number, Instant at) {
        jdbc.update("delete from team_slot where guild_id = ? and member_id = ? and esprit_no = ?", guild, member, number);
        return jdbc.update("update esprit set dissolved_at = ? where guild_id = ? and member_id = ? and esprit_no = ?"
                + " and dissolved_at is null", Timestamp.from(at), guild, member, number) == 1;
    }
}
