package community.platform.moderation.settings;

import community.platform.moderation.settings.VoteRules.TieBreak;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of {@code moderation_settings} (the column defaults are the defaults). Callers run in the handler's transaction. */
@Repository
public class ModerationSettingsRepository {

    private final JdbcTemplate jdbc;

    ModerationSettingsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ModerationSettings of(long guild) {
        jdbc.update("insert into moderation_settings (guild_id) values (?) on conflict do nothing", guild);
        return jdbc.queryForObject("""
                select moderator_role, moderator_permission, quorum, base_hours, hours_per_vote, tie_break,
                       timeout_minutes, restrict_role, warnings_to_escalate, warnings_days, mod_channel
                  from moderation_settings where guild_id = ?""", (rs, n) -> new ModerationSettings(
                (Long) rs.getObject(1), rs.getLong(2), new VoteRules(rs.getInt(3), rs.getDouble(4), rs.getDouble(5),
                TieBreak.valueOf(rs.getString(6))), rs.getInt(7), (Long) rs.getObject(8), rs.getInt(9),
                rs.getInt(10), (Long) rs.getObject(11)), guild);
    }

    void change(long guild, SettingPolicy.Change change) {
        of(guild);
        jdbc.update("update moderation_settings set " + change.column() + " = ? where guild_id = ?", change.value(),
                guild);
    }
}
