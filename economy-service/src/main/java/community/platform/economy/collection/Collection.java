package community.platform.economy.collection;

import community.platform.economy.rules.Draws.Pull;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** SQL of members' esprits, pity counters, recorded draws, teams and timers. Callers run in the handler's transaction. */
@Repository
public class Collection {

    /** An esprit a member owns. */
    public record Owned(long member, int number, String kind, int level, Instant obtainedAt) {
    }

    private static final RowMapper<Owned> OWNED = (rs, n) -> new Owned(rs.getLong(1), rs.getInt(2), rs.getString(3),
            rs.getInt(4), rs.getTimestamp(5).toInstant());
    private static final String OWNED_COLUMNS = "member_id, esprit_no, kind, level, obtained_at";

    private final JdbcTemplate jdbc;

    Collection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the member's daily claim when the last one is at least {@code cooldown} before {@code at}. */
    public boolean claimDaily(long guild, long member, Instant at, Duration cooldown) {
        return claim("last_daily_at", guild, member, at, cooldown);
    }

    /** Takes the member's free summon when the last one is at least {@code every} before {@code at}. */
    public boolean claimFreeSummon(long guild, long member, Instant at, Duration every) {
        return claim("last_free_at", guild, member, at, every);
    }

    /** One conditional statement: the member's first claim, or one at least {@code cooldown} after the last. */
    private boolean claim(String column, long guild, long member, Instant at, Duration cooldown) {
        return jdbc.update("insert into member_state (guild_id, member_id, " + column + ") values (?, ?, ?)"
                + " on conflict (guild_id, member_id) do update set " + column + " = excluded." + column
                + " where member_state." + column + " is null or member_state." + column + " <= ?",
                guild, member, Timestamp.from(at), Timestamp.from(at.minus(cooldown))) == 1;
    }

    public record Timers(Instant lastDaily, Instant lastFree) {
    }

    public Timers timers(long guild, long member) {
        return jdbc.query("select last_daily_at, last_free_at from member_state where guild_id = ? and member_id = ?",
                (rs, n) -> new Timers(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))), guild, member)
                .stream().findFirst().orElse(new Timers(null, null));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The member's pity counter on a banner and the first number the next {@code count} esprits get. */
    public record Reservation(int pity, int firstNumber) {
    }

    /** Reserves numbers for {@code count} new esprits and reads the pity counter, in one statement. */
    public Reservation reserve(long guild, long member, String banner, int count) {
        return jdbc.queryForObject("""
                insert into member_state (guild_id, member_id, next_esprit_no) values (?, ?, 1 + ?)
                on conflict (guild_id, member_id) do update set next_esprit_no = member_state.next_esprit_no + ?
                returning next_esprit_no - ?,
                          coalesce((select counter from pity where guild_id = ? and member_id = ? and banner = ?), 0)""",
                (rs, n) -> new Reservation(rs.getInt(2), rs.getInt(1)), guild, member, count, count, count, guild,
                member, banner);
    }

    public Map<String, Integer> pities(long guild, long member) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
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
    public List<Integer> keepPulls(long guild, long member, String banner, String commandId, List<Pull> pulls,
                                   int first, int settingsRevision, Instant at) {
        List<Integer> numbers = new ArrayList<>();
        List<Object[]> esprits = new ArrayList<>();
        List<Object[]> draws = new ArrayList<>();
        for (int i = 0; i < pulls.size(); i++) {
            Pull p = pulls.get(i);
            int number = first + i;
            numbers.add(number);
            esprits.add(new Object[] {guild, member, number, p.esprit(), Timestamp.from(at)});
            draws.add(new Object[] {commandId, p.number(), guild, member, banner, p.rolls().rarity(),
                    p.rolls().esprit(), p.pityBefore(), p.rarity(), p.esprit(), number, settingsRevision,
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

    /** The member's esprit, locked for a change, unless dissolved or absent. */
    public Optional<Owned> lock(long guild, long member, int number) {
        return jdbc.query("select " + OWNED_COLUMNS + " from esprit where guild_id = ? and member_id = ? and esprit_no = ?"
                + " and dissolved_at is null for update", OWNED, guild, member, number).stream().findFirst();
    }

    public Optional<Owned> find(long guild, long member, int number) {
        return jdbc.query("select " + OWNED_COLUMNS + " from esprit where guild_id = ? and member_id = ? and esprit_no = ?"
                + " and dissolved_at is null", OWNED, guild, member, number).stream().findFirst();
    }

    /** @return false when the level was not {@code from} any more */
    public boolean raiseLevel(long guild, long member, int number, int from) {
        return jdbc.update("update esprit set level = level + 1 where guild_id = ? and member_id = ? and esprit_no = ?"
                + " and level = ? and dissolved_at is null", guild, member, number, from) == 1;
    }

    /** Dissolves the esprit once: @return false when it was already dissolved. Takes it out of the team. */
    public boolean dissolve(long guild, long member, int number, Instant at) {
        jdbc.update("delete from team_slot where guild_id = ? and member_id = ? and esprit_no = ?", guild, member, number);
        return jdbc.update("update esprit set dissolved_at = ? where guild_id = ? and member_id = ? and esprit_no = ?"
                + " and dissolved_at is null", Timestamp.from(at), guild, member, number) == 1;
    }

    /** Every esprit the member holds, by number. */
    public List<Owned> owned(long guild, long member) {
        return jdbc.query("select " + OWNED_COLUMNS + " from esprit where guild_id = ? and member_id = ?"
                + " and dissolved_at is null order by esprit_no", OWNED, guild, member);
    }

    /** The member's team: slot -> esprit, in slot order. */
    public Map<Integer, Owned> team(long guild, long member) {
        Map<Integer, Owned> out = new java.util.TreeMap<>();
        jdbc.query("""
                select t.slot, e.member_id, e.esprit_no, e.kind, e.level, e.obtained_at
                  from team_slot t join esprit e using (guild_id, member_id, esprit_no)
                 where t.guild_id = ? and t.member_id = ? and e.dissolved_at is null""",
                rs -> {
                    out.put(rs.getInt(1), new Owned(rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                            rs.getTimestamp(6).toInstant()));
                }, guild, member);
        return out;
    }

    /** Puts an esprit in a slot (leaving the slot it was in, if any). */
    public void setSlot(long guild, long member, int slot, int number) {
        jdbc.update("delete from team_slot where guild_id = ? and member_id = ? and (slot = ? or esprit_no = ?)",
                guild, member, slot, number);
        jdbc.update("insert into team_slot (guild_id, member_id, slot, esprit_no) values (?, ?, ?, ?)",
                guild, member, slot, number);
    }

    public void clearSlot(long guild, long member, int slot) {
        jdbc.update("delete from team_slot where guild_id = ? and member_id = ? and slot = ?", guild, member, slot);
    }

    public void clearTeam(long guild, long member) {
        jdbc.update("delete from team_slot where guild_id = ? and member_id = ?", guild, member);
    }

    /** Team esprits of every member of the guild (for the leaderboard). */
    public List<Owned> teamsOfGuild(long guild) {
        return jdbc.query("""
                select e.member_id, e.esprit_no, e.kind, e.level, e.obtained_at
                  from team_slot t join esprit e using (guild_id, member_id, esprit_no)
                 where t.guild_id = ?""", OWNED, guild);
    }
}
