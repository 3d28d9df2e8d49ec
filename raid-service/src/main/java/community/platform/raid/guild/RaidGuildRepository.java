package community.platform.raid.guild;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Guilds' raid settings and numbering (table {@code raid_guild}; the list and roster columns are the boards'). */
@Repository
public class RaidGuildRepository {

    private final JdbcTemplate jdbc;

    RaidGuildRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The guild's settings (the defaults until an admin changes one). */
    public RaidGuild of(long guildId) {
        return jdbc.query("""
                select guild_id, raid_channel_id, list_channel_id, roster_channel_id, log_channel_id, stale_hours, zone,
                       calendar_secret, reminder_minutes, dungeons from raid_guild where guild_id = ?""",
                RaidGuildRepository::guild, guildId).stream().findFirst().orElse(new RaidGuild(guildId, null, null,
                        null, null, 6, ZoneId.of("UTC"), null, 30, List.of()));
    }

    /** The next raid number of the guild ("Raid #n"): counted in the planning transaction, so numbers never repeat. */
    public int nextRaidNumber(long guildId) {
        ensure(guildId);
        return jdbc.queryForObject("update raid_guild set raids_planned = raids_planned + 1 where guild_id = ?"
                + " returning raids_planned", Integer.class, guildId);
    }

    /** Sets one column of the guild's settings (the name comes from {@link RaidSettings}, never from input). */
    void set(long guildId, String column, Object value) {
        ensure(guildId);
        jdbc.update("update raid_guild set " + column + " = ? where guild_id = ?", ps -> {
            if (value instanceof String[] texts) {
                ps.setArray(1, ps.getConnection().createArrayOf("text", texts));
            } else {
                ps.setObject(1, value);
            }
            ps.setLong(2, guildId);
        });
    }

    /** The guild's calendar secret, made once. */
    public String calendarSecret(long guildId, String fresh) {
        ensure(guildId);
        jdbc.update("update raid_guild set calendar_secret = ? where guild_id = ? and calendar_secret is null", fresh,
                guildId);
        return jdbc.queryForObject("select calendar_secret from raid_guild where guild_id = ?", String.class,
                guildId);
    }

    /** The guild whose calendar link carries this secret. */
    public Optional<Long> byCalendarSecret(String secret) {
        return jdbc.queryForList("select guild_id from raid_guild where calendar_secret = ?", Long.class, secret)
                .stream().findFirst();
    }

    /** Every guild the raid service has settings or raids for, with its open raids. */
    public List<long[]> guildsWithOpenRaids() {
        return jdbc.query("""
                select g.guild_id, count(r.raid_id) from (select guild_id from raid_guild union select guild_id from raid)
                g left join raid r on r.guild_id = g.guild_id and r.status = 'OPEN' group by g.guild_id
                order by g.guild_id""", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    public void ensure(long guildId) {
        jdbc.update("insert into raid_guild (guild_id) values (?) on conflict (guild_id) do nothing", guildId);
    }

    private static RaidGuild guild(ResultSet rs, int n) throws SQLException {
        return new RaidGuild(rs.getLong("guild_id"), (Long) rs.getObject("raid_channel_id"),
                (Long) rs.getObject("list_channel_id"), (Long) rs.getObject("roster_channel_id"),
                (Long) rs.getObject("log_channel_id"), rs.getInt("stale_hours"), ZoneId.of(rs.getString("zone")),
                rs.getString("calendar_secret"), rs.getInt("reminder_minutes"),
                java.util.Arrays.asList((String[]) rs.getArray("dungeons").getArray()));
    }
}
