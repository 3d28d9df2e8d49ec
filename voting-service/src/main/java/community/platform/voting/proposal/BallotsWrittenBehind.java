package community.platform.voting.proposal;

import community.platform.runtime.transaction.TransactionScoped;
import community.platform.voting.tally.Ballot;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ballots a transaction cast or withdrew and has not written yet (see {@link ProposalRepository}), by proposal and
 * member, the last change of each (a member who clicks twice in a poll leaves one change): written in two JDBC batches
 * when the ballot table is read again ({@link #writeNow}) or, at the latest, just before the commit.
 */
final class BallotsWrittenBehind {

    record Key(long proposalId, long userId) {
    }

    /** @param ballot the ballot now, null when withdrawn */
    record Change(long guildId, Ballot ballot, Instant at) {

        /** The member's ballot this change left: none when withdrawn. */
        Optional<Ballot> left() {
            return Optional.ofNullable(ballot);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionScoped<Map<Key, Change>> changes = new TransactionScoped<>(HashMap::new, this::write);

    BallotsWrittenBehind(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void cast(long proposalId, long guildId, Ballot b, Instant at) {
        change(new Key(proposalId, b.voter()), new Change(guildId, b, at));
    }

    void withdraw(long proposalId, long userId) {
        change(new Key(proposalId, userId), new Change(0, null, null));
    }

    /** What this transaction left of the member's ballot, when it changed it. */
    Optional<Change> changed(long proposalId, long userId) {
        return changes.bound().map(c -> c.get(new Key(proposalId, userId)));
    }

    /** Writes the changes not written yet (before the ballot table is read). */
    void writeNow() {
        changes.bound().ifPresent(this::write);
    }

    private void change(Key key, Change change) {
        if (!TransactionScoped.active()) {
            throw new IllegalStateException("ballots are written in the transaction of the command that casts them");
        }
        changes.get().put(key, change);
    }

    /** Withdrawals in one batch, casts in another. */
    private void write(Map<Key, Change> pending) {
        if (pending.isEmpty()) {
            return;
        }
        List<Object[]> withdrawn = new ArrayList<>();
        List<Map.Entry<Key, Change>> cast = new ArrayList<>();
        pending.forEach((key, change) -> {
            if (change.ballot() == null) {
                withdrawn.add(new Object[] {key.proposalId(), key.userId()});
            } else {
                cast.add(Map.entry(key, change));
            }
        });
        pending.clear();
        if (!withdrawn.isEmpty()) {
            jdbc.batchUpdate("delete from ballot where proposal_id = ? and user_id = ?", withdrawn);
        }
        if (cast.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into ballot (proposal_id, guild_id, user_id, abstain, marks, cast_at) values (?, ?, ?, ?, ?, ?)
                on conflict (proposal_id, user_id) do update
                   set abstain = excluded.abstain, marks = excluded.marks, cast_at = excluded.cast_at""",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Key key = cast.get(i).getKey();
                        Change change = cast.get(i).getValue();
                        ps.setLong(1, key.proposalId());
                        ps.setLong(2, change.guildId());
                        ps.setLong(3, key.userId());
                        ps.setBoolean(4, change.ballot().abstain());
                        ps.setArray(5, ps.getConnection().createArrayOf("integer", change.ballot().marks().toArray()));
                        ps.setTimestamp(6, Timestamp.from(change.at()));
                    }

                    @Override
                    public int getBatchSize() {
                        return cast.size();
                    }
                });
    }
}
