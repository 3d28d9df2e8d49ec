package community.platform.raid.board;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The roster's members ({@code raid_member}): known once they vote or the gateway reports them joining, with the name
 * last seen; removed when they leave the guild (their participation counter stays, for a return).
 */
@Repository
public class Members {

    private final JdbcTemplate jdbc;

    Members(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the roster changed (a new member, or a new name). */
    public boolean seen(long guildId, long memberId, String name) {
        return jdbc.update("""
                insert into raid_member (guild_id, member_id, name) values (?, ?, ?) on conflict (guild_id, member_id)
                do update set name = coalesce(excluded.name, raid_member.name)
                where raid_member.name is distinct from coalesce(excluded.name, raid_member.name)""",
                guildId, memberId, name) == 1;
    }

    /** True when the member was on the roster. */
    public boolean left(long guildId, long memberId) {
        return jdbc.update("delete from raid_member where guild_id = ? and member_id = ?", guildId, memberId) == 1;
    }
}
