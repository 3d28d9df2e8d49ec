package community.platform.economy.summon;

import community.platform.economy.summon.DrawPolicy.Pull;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of summons: numbers for new esprits, the pity counters, the recorded draws. In the handler's transaction. */
@Repository
public class SummonRepository {

    private final JdbcTemplate jdbc;

    SummonRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's pity counter on a banner and the first number the next {@code count} esprits get. */
    record Reservation(int pity, int firstNumber) {
    }

    /** Reserves numbers for {@code count} new esprits and reads the pity counter, in one statement. */
    Reservation reserve(long guild, long member, String banner, int count) {
        return jdbc.queryForObject("""
                insert into member_state (guild_id, member_id, next_esprit_no) values (?, ?, 1 + ?)
                on conflict (guild_id, member_id) do update set next_esprit_no = member_state.next_esprit_no + ?
                returning next_esprit_no - ?,
                          coalesce((select counter from pity where guild_id = ? and member_id = ? and banner = ?), 0)""",
                (rs, n) -> new Reservation(rs.getInt(2), rs.getInt(1)), guild, member, count, count, count, guild,
                member, banner);
    }

    /** The member's pity counter on each banner they summoned on. */
    public Map<String, Integer> pities(long guild, long member) {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.query("select banner, counter from pity where guild_id = ? and member_id = ?",
                rs -> {
                    out.put(rs.getString(1), rs.getInt(2));
                }, guild, member);
        return out;
    }

    /**
     * Adds the pulled esprits to the member's collection under the reserved numbers, records each draw with its rolls
     * and moves the pity counter.
     *
     * @return the numbers the new esprits got, in pull order
     */
    List<Integer> keepPulls(long guild, long member, String banner, String commandId, List<Pull> pulls, int first,
                            int gameRevision, Instant at) {
        List<Integer> numbers = new ArrayList<>();
        List<Object[]> esprits = new ArrayList<>();
        List<Object[]> draws = new ArrayList<>();
        for (int i = 0; i < pulls.size(); i++) {
            Pull p = pulls.get(i);
            int number = first + i;
            numbers.add(number);
            esprits.add(new Object[] {guild, member, number, p.esprit(), Timestamp.from(at)});
            draws.add(new Object[] {commandId, p.number(), guild, member, banner, p.rolls().rarity(),
                    p.rolls().esprit(), p.pityBefore(), p.rarity(), p.esprit(), number, gameRevision,
                    Timestamp.from(at)});
        }
        jdbc.batchUpdate("insert into esprit (guild_id, member_id, esprit_no, kind, level, obtained_at) values (?, ?, ?, ?, 1, ?)",
                esprits);
        jdbc.batchUpdate("""
                insert into draw (command_id, pull, guild_id, member_id, banner, rarity_roll, esprit_roll, pity_before,
                                  rarity, kind, esprit_no, settings_revision, at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", draws);
        jdbc.update("""
                insert into pity (guild_id, member_id, banner, counter, pulls) values (?, ?, ?, ?, ?)
                on conflict (guild_id, member_id, banner) do update set counter = excluded.counter,
                    pulls = pity.pulls + excluded.pulls""", guild, member, banner,
                pulls.get(pulls.size() - 1).pityAfter(), pulls.size());
        return numbers;
    }
}
