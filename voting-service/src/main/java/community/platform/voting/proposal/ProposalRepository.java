package community.platform.voting.proposal;

import community.platform.contracts.voting.CastBallot.Choice;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of proposals and ballots. Callers run inside the handler's transaction. */
@Repository
class ProposalRepository {

    private final JdbcTemplate jdbc;

    ProposalRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the proposal already exists (the same command delivered again) */
    boolean insert(Proposal p) {
        return jdbc.update("""
                insert into proposal (proposal_id, guild_id, channel_id, title, details, opened_by, opened_at, closes_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (proposal_id) do nothing""",
                p.proposalId(), p.guildId(), p.channelId(), p.title(), p.details(), p.openedBy(),
                Timestamp.from(p.openedAt()), Timestamp.from(p.closesAt())) == 1;
    }

    /** The proposal, locked for the ballot being counted, if it exists in this guild (ids as the command gives them). */
    Optional<Proposal> lockInGuild(String proposalId, String guildId) {
        try {
            return lockInGuild(Long.parseLong(proposalId), Long.parseLong(guildId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Optional<Proposal> lockInGuild(long proposalId, long guildId) {
        return jdbc.query("""
                select proposal_id, guild_id, channel_id, title, details, opened_by, opened_at, closes_at
                  from proposal where proposal_id = ? and guild_id = ? for update""",
                (rs, n) -> new Proposal(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant()), proposalId, guildId).stream().findFirst();
    }

    Optional<Choice> ballotOf(long proposalId, long userId) {
        return jdbc.queryForList("select choice from ballot where proposal_id = ? and user_id = ?", String.class,
                proposalId, userId).stream().findFirst().map(Choice::valueOf);
    }

    void putBallot(long proposalId, long guildId, long userId, Choice choice, Instant at) {
        jdbc.update("""
                insert into ballot (proposal_id, guild_id, user_id, choice, cast_at) values (?, ?, ?, ?, ?)
                on conflict (proposal_id, user_id) do update set choice = excluded.choice, cast_at = excluded.cast_at""",
                proposalId, guildId, userId, choice.name(), Timestamp.from(at));
    }

    void withdraw(long proposalId, long userId) {
        jdbc.update("delete from ballot where proposal_id = ? and user_id = ?", proposalId, userId);
    }

    Tally tally(long proposalId) {
        Map<Choice, List<Long>> voters = new EnumMap<>(Choice.class);
        jdbc.query("select choice, user_id from ballot where proposal_id = ? order by cast_at, user_id",
                rs -> {
                    voters.computeIfAbsent(Choice.valueOf(rs.getString(1)), c -> new ArrayList<>())
                            .add(rs.getLong(2));
                }, proposalId);
        return Tally.of(voters);
    }
}
