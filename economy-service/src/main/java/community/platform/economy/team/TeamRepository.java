package community.platform.economy.team;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of a member's team slots. In the handler's transaction. */
@Repository
class TeamRepository {

    private final JdbcTemplate jdbc;

    TeamRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts an esprit in a slot (leaving the slot it was in, if any). */
    void setSlot(long guild, long member, int slot, int number) {
        jdbc.update("delete from team_slot where guild_id = ? and member_id = ? and (slot = ? or esprit_no = ?)",
                guild, member, slot, number);
        jdbc.update("insert into team_slot (guild_id, member_id, slot, esprit_no) values (?, ?, ?, ?)",
                guild, member, slot, number);
    }

    void clearSlot(long guild, long member, int slot) {
        jdbc.update("delete from team_slot where guild_id = ? and member_id = ? and slot = ?", guild, member, slot);
    }

    void clearTeam(long guild, long member) {
        jdbc.update("delete from team_slot where guild_id = ? and member_id = ?", guild, member);
    }
}
