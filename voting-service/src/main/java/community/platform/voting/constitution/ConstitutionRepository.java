package community.platform.voting.constitution;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each guild's constitution ({@code guild_constitution}) and the record of its changes ({@code constitution_change}). */
@Repository
public class ConstitutionRepository {

    private static final String COLUMNS = "quorum_percent, threshold_percent, default_hours, proposers, campaign_budget,"
            + " scenario_approval";

    private final JdbcTemplate jdbc;

    ConstitutionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The guild's constitution, the default when it never changed one. */
    public Constitution of(long guildId) {
        return jdbc.query("select " + COLUMNS + " from guild_constitution where guild_id = ?",
                ConstitutionRepository::constitution, guildId).stream().findFirst().orElse(Constitution.DEFAULT);
    }

    /** The guild's constitution locked for a change (the change is serialised with any other). */
    Constitution lock(long guildId) {
        jdbc.update("""
                insert into guild_constitution (guild_id, quorum_percent, threshold_percent, changed_by, changed_at)
                values (?, ?, ?, 0, now()) on conflict (guild_id) do nothing""", guildId,
                Constitution.DEFAULT.quorumPercent(), Constitution.DEFAULT.thresholdPercent());
        return jdbc.queryForObject("select " + COLUMNS + " from guild_constitution where guild_id = ? for update",
                ConstitutionRepository::constitution, guildId);
    }

    void change(long guildId, Constitution now, String variable, String previous, String value, long by, Instant at) {
        jdbc.update("""
                update guild_constitution set quorum_percent = ?, threshold_percent = ?, default_hours = ?, proposers = ?,
                       campaign_budget = ?, scenario_approval = ?, changed_by = ?, changed_at = ?
                 where guild_id = ?""", now.quorumPercent(), now.thresholdPercent(), now.defaultHours(), now.proposers(),
                now.campaignBudget(), now.scenarioApproval(), by, Timestamp.from(at), guildId);
        jdbc.update("""
                insert into constitution_change (guild_id, variable, previous, value, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?)""", guildId, variable, previous, value, by, Timestamp.from(at));
    }

    private static Constitution constitution(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Constitution(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                rs.getBoolean(6));
    }
}
