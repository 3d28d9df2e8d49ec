package community.platform.raid.guild;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Guilds' raid templates (table {@code raid_template}). */
@Repository
public class TemplateRepository {

    private final JdbcTemplate jdbc;

    TemplateRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Template> of(long guildId, String name) {
        return jdbc.query("select name, dungeon, days, times, group_size from raid_template where guild_id = ? and"
                + " name = ?", (rs, n) -> new Template(rs.getString(1), rs.getString(2), Arrays.asList((String[])
                rs.getArray(3).getArray()), Arrays.asList((String[]) rs.getArray(4).getArray()), rs.getInt(5)),
                guildId, name).stream().findFirst();
    }

    List<Template> all(long guildId) {
        return jdbc.query("select name, dungeon, days, times, group_size from raid_template where guild_id = ?"
                + " order by name", (rs, n) -> new Template(rs.getString(1), rs.getString(2), Arrays.asList(
                (String[]) rs.getArray(3).getArray()), Arrays.asList((String[]) rs.getArray(4).getArray()),
                rs.getInt(5)), guildId);
    }

    void save(long guildId, Template t, long by, Instant at) {
        jdbc.update("""
                insert into raid_template (guild_id, name, dungeon, days, times, group_size, saved_by, saved_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (guild_id, name) do update set dungeon = excluded.dungeon,
                days = excluded.days, times = excluded.times, group_size = excluded.group_size,
                saved_by = excluded.saved_by, saved_at = excluded.saved_at""", ps -> {
            ps.setLong(1, guildId);
            ps.setString(2, t.name());
            ps.setString(3, t.dungeon());
            ps.setArray(4, ps.getConnection().createArrayOf("text", t.days().toArray()));
            ps.setArray(5, ps.getConnection().createArrayOf("text", t.times().toArray()));
            ps.setInt(6, t.groupSize());
            ps.setLong(7, by);
            ps.setTimestamp(8, Timestamp.from(at));
        });
    }

    boolean delete(long guildId, String name) {
        return jdbc.update("delete from raid_template where guild_id = ? and name = ?", guildId, name) == 1;
    }
}
