package community.platform.voting.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** How many members each guild has, from the gateway's member listings (the base a quorum is a share of). */
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

    /**
     * Records one chunk of a listing; once every chunk of the listing is in, its total becomes the guild's count
     * (unless a later listing already did) and the listing's chunks are dropped.
     */
    void chunk(long guildId, String snapshotId, int chunk, int chunks, int members, Instant listedAt) {
        jdbc.update("""
                insert into member_listing (guild_id, snapshot_id, chunk, chunks, members, listed_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""", guildId, snapshotId, chunk, chunks, members,
                Timestamp.from(listedAt));
        Integer total = jdbc.queryForObject("""
                select case when count(*) = max(chunks) then sum(members) end from member_listing
                 where guild_id = ? and snapshot_id = ?""", Integer.class, guildId, snapshotId);
        if (total != null) {
            jdbc.update("""
                    insert into guild_membership (guild_id, members, listed_at) values (?, ?, ?)
                    on conflict (guild_id) do update set members = excluded.members, listed_at = excluded.listed_at
                     where guild_membership.listed_at < excluded.listed_at""", guildId, total, Timestamp.from(listedAt));
            jdbc.update("delete from member_listing where guild_id = ? and snapshot_id = ?", guildId, snapshotId);
        }
    }
}
