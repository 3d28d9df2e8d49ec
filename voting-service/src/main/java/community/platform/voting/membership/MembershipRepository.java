package community.platform.voting.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * How many members each guild has and who they are, from the gateway's member listings (the base a quorum is a share
 * of; the members a DM ballot goes to).
 */
@Repository
public class MembershipRepository {

    private final JdbcTemplate jdbc;

    MembershipRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The guild's member count from its latest complete listing, if it was ever listed. */
    public Optional<Integer> members(long guildId) {
        return jdbc.queryForList("select members from guild_membership where guild_id = ?", Integer.class, guildId)
                .stream().findFirst();
    }

    /** The guild's members from its latest complete listing, in id order (none when it was never listed). */
    public List<Long> memberIds(long guildId) {
        return jdbc.queryForList("select user_id from guild_member where guild_id = ? order by user_id", Long.class,
                guildId);
    }

    /**
     * Records one chunk of a listing; once every chunk of the listing is in, its total becomes the guild's count and
     * its members the guild's (unless a later listing already did) and the listing's chunks are dropped.
     */
    void chunk(long guildId, String snapshotId, int chunk, int chunks, List<Long> userIds, Instant listedAt) {
        jdbc.update("""
                insert into member_listing (guild_id, snapshot_id, chunk, chunks, members, user_ids, listed_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", ps -> {
            ps.setLong(1, guildId);
            ps.setString(2, snapshotId);
            ps.setInt(3, chunk);
            ps.setInt(4, chunks);
            ps.setInt(5, userIds.size());
            ps.setArray(6, ps.getConnection().createArrayOf("bigint", userIds.toArray()));
            ps.setTimestamp(7, Timestamp.from(listedAt));
        });
        Integer total = jdbc.queryForObject("""
                select case when count(*) = max(chunks) then sum(members) end from member_listing
                 where guild_id = ? and snapshot_id = ?""", Integer.class, guildId, snapshotId);
        if (total != null) {
            int newer = jdbc.update("""
                    insert into guild_membership (guild_id, members, listed_at) values (?, ?, ?)
                    on conflict (guild_id) do update set members = excluded.members, listed_at = excluded.listed_at
                     where guild_membership.listed_at < excluded.listed_at""", guildId, total, Timestamp.from(listedAt));
            if (newer == 1) {
                jdbc.update("delete from guild_member where guild_id = ?", guildId);
                jdbc.update("""
                        insert into guild_member (guild_id, user_id)
                        select ?, unnest(user_ids) from member_listing where guild_id = ? and snapshot_id = ?
                        on conflict do nothing""", guildId, guildId, snapshotId);
            }
            jdbc.update("delete from member_listing where guild_id = ? and snapshot_id = ?", guildId, snapshotId);
        }
    }
}
