package community.platform.economy.member;

import community.platform.economy.game.Esprit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads of what members hold: their esprits (one locked for a change) and their teams. Only this guild's rows. */
@Repository
public class CollectionRepository {

    private static final RowMapper<Esprit> ESPRIT = (rs, n) -> new Esprit(rs.getLong(1), rs.getInt(2),
            rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant());
    private static final String COLUMNS = "member_id, esprit_no, kind, level, obtained_at";

    private final JdbcTemplate jdbc;

    CollectionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's esprit, locked for a change, unless dissolved or absent. */
    public Optional<Esprit> lock(long guild, long member, int number) {
        return jdbc.query("select " + COLUMNS + " from esprit where guild_id = ? and member_id = ? and esprit_no = ?"
                + " and dissolved_at is null for update", ESPRIT, guild, member, number).stream().findFirst();
    }

    public Optional<Esprit> find(long guild, long member, int number) {
        return jdbc.query("select " + COLUMNS + " from esprit where guild_id = ? and member_id = ? and esprit_no = ?"
                + " and dissolved_at is null", ESPRIT, guild, member, number).stream().findFirst();
    }

    /** Every esprit the member holds, by number. */
    public List<Esprit> owned(long guild, long member) {
        return jdbc.query("select " + COLUMNS + " from esprit where guild_id = ? and member_id = ?"
                + " and dissolved_at is null order by esprit_no", ESPRIT, guild, member);
    }

    /** The member's team: slot -> esprit, in slot order. */
    public Map<Integer, Esprit> team(long guild, long member) {
        Map<Integer, Esprit> out = new TreeMap<>();
        jdbc.query("""
                select t.slot, e.member_id, e.esprit_no, e.kind, e.level, e.obtained_at
                  from team_slot t join esprit e using (guild_id, member_id, esprit_no)
                 where t.guild_id = ? and t.member_id = ? and e.dissolved_at is null""",
                rs -> {
                    out.put(rs.getInt(1), new Esprit(rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                            rs.getTimestamp(6).toInstant()));
                }, guild, member);
        return out;
    }

    /** Team esprits of every member of the guild (for the leaderboard). */
    public List<Esprit> teamsOfGuild(long guild) {
        return jdbc.query("""
                select e.member_id, e.esprit_no, e.kind, e.level, e.obtained_at
                  from team_slot t join esprit e using (guild_id, member_id, esprit_no)
                 where t.guild_id = ?""", ESPRIT, guild);
    }
}
