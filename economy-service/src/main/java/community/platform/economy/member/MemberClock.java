package community.platform.economy.member;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A member's cooldowns ({@code member_state}): the last daily claim and free summon. A claim is one conditional
 * statement, so however many clicks arrive, one per window gets through.
 */
@Repository
public class MemberClock {

    /** A member's timer: a column of {@code member_state}. */
    public enum Timer {
        DAILY("last_daily_at"), FREE_SUMMON("last_free_at");

        private final String column;

        Timer(String column) {
            this.column = column;
        }
    }

    private final JdbcTemplate jdbc;

    MemberClock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the claim when it is the member's first, or the last was at least {@code cooldown} before {@code at}. */
    public boolean claim(Timer timer, long guild, long member, Instant at, Duration cooldown) {
        String c = timer.column;
        return jdbc.update("insert into member_state (guild_id, member_id, " + c + ") values (?, ?, ?)"
                + " on conflict (guild_id, member_id) do update set " + c + " = excluded." + c
                + " where member_state." + c + " is null or member_state." + c + " <= ?",
                guild, member, Timestamp.from(at), Timestamp.from(at.minus(cooldown))) == 1;
    }

    /** When the member last claimed, if ever. */
    public Optional<Instant> last(Timer timer, long guild, long member) {
        return jdbc.query("select " + timer.column + " from member_state where guild_id = ? and member_id = ?",
                (rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant), guild, member)
                .stream().findFirst().flatMap(last -> last);
    }
}
