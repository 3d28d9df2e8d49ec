package community.platform.voting.proposal;

import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.voting.ProposalClosed.Outcome;
import community.platform.voting.constitution.Constitution;
import community.platform.voting.tally.Ballot;
import community.platform.voting.tally.TallyMethod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * SQL of proposals and ballots. Callers run inside the handler's transaction.
 *
 * <p>Ballots a transaction casts or withdraws are written behind ({@link BallotsWrittenBehind}): kept with the
 * transaction and written in one JDBC batch before anything reads the ballot table again ({@link #tally}) or, at the
 * latest, just before it commits; a member's ballot read in the meantime ({@link #lockVoted}, {@link #ballotOf}) is the
 * one the transaction left. A poll of many clicks then costs one round trip for all its ballots instead of one per
 * click, with the same outcome.
 */
@Repository
class ProposalRepository {

    private static final String COLUMNS = """
            proposal_id, guild_id, channel_id, number, title, details, opened_by, opened_at, closes_at, message_id,
            closed_at, closed_by, outcome, winner, quorum_percent, threshold_percent, eligible, secret, hidden_tally,
            role_id, options, method, max_score, tie_break, dm_ballots""";

    private final JdbcTemplate jdbc;
    private final BallotsWrittenBehind writtenBehind;

    ProposalRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writtenBehind = new BallotsWrittenBehind(jdbc);
    }

    /**
     * The guild's next proposal number: one row per guild, updated in the transaction that opens the proposal, so
     * two proposals opened at the same instant get two numbers.
     */
    int nextNumber(long guildId) {
        return jdbc.queryForObject("""
                insert into proposal_counter (guild_id, last_number) values (?, 1)
                on conflict (guild_id) do update set last_number = proposal_counter.last_number + 1
                returning last_number""", Integer.class, guildId);
    }

    /** @return false when the proposal already exists (the same command delivered again) */
    boolean insert(Proposal p) {
        return jdbc.update("""
                insert into proposal (proposal_id, guild_id, channel_id, number, title, details, opened_by, opened_at,
                                      closes_at, quorum_percent, threshold_percent, secret, hidden_tally, role_id,
                                      options, method, max_score, dm_ballots)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (proposal_id) do nothing""",
                ps -> {
                    ps.setLong(1, p.proposalId());
                    ps.setLong(2, p.guildId());
                    ps.setLong(3, p.channelId());
                    ps.setInt(4, p.number());
                    ps.setString(5, p.title());
                    ps.setString(6, p.details());
                    ps.setLong(7, p.openedBy());
                    ps.setTimestamp(8, Timestamp.from(p.openedAt()));
                    ps.setTimestamp(9, Timestamp.from(p.closesAt()));
                    ps.setInt(10, p.rules().quorumPercent());
                    ps.setInt(11, p.rules().thresholdPercent());
                    ps.setBoolean(12, p.secrecy().secret());
                    ps.setBoolean(13, p.secrecy().hiddenTally());
                    ps.setObject(14, p.secrecy().roleId());
                    ps.setArray(15, ps.getConnection().createArrayOf("text", p.choices().options().toArray()));
                    ps.setString(16, p.choices().method().name());
                    ps.setInt(17, p.choices().maxScore());
                    ps.setBoolean(18, p.dmBallots());
                }) == 1;
    }

    boolean exists(long proposalId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from proposal where proposal_id = ?)", Boolean.class, proposalId));
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
        return jdbc.query("select " + COLUMNS + " from proposal where proposal_id = ? and guild_id = ? for update",
                ProposalRepository::proposal, proposalId, guildId).stream().findFirst();
    }

    /** The action whose performance will name the proposal's message (the opening reply). */
    void replyAction(long proposalId, java.util.UUID actionId) {
        jdbc.update("update proposal set reply_action_id = ? where proposal_id = ?", actionId, proposalId);
    }

    /** The proposal whose opening reply this action was, now that its message is known; locked. */
    Optional<Proposal> shownByReply(String actionId, long messageId) {
        java.util.UUID id;
        try {
            id = java.util.UUID.fromString(actionId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        jdbc.update("update proposal set message_id = ? where reply_action_id = ? and message_id is null", messageId,
                id);
        return jdbc.query("select " + COLUMNS + " from proposal where reply_action_id = ? for update",
                ProposalRepository::proposal, id).stream().findFirst();
    }

    /**
     * The proposal a click is about, locked, if it exists in the clicker's guild; the message clicked on is remembered
     * as the proposal's message if none was yet.
     */
    Optional<Proposal> lockClicked(String proposalId, FromInteraction click) {
        return lockInGuild(proposalId, click.guildId()).map(p -> shownBy(p, click, true));
    }

    /** A proposal locked for a member's ballot, with that member's ballot as it is (null: none yet). */
    record Voted(Proposal proposal, Ballot ballot) {
    }

    /**
     * The proposal a member votes on, locked, with their ballot, read in one statement (a click's first round trip
     * is its only read): in the clicker's guild, or in any guild for a ballot clicked in a DM ({@code guildId} null:
     * the caller checks the member's guild). The message clicked on is remembered as the proposal's message if none
     * was yet, unless the proposal's ballots go by DM and the click is not its "Vote" ({@code onProposal} false).
     */
    Optional<Voted> lockVoted(String proposalId, String guildId, FromInteraction click, boolean onProposal) {
        long id;
        Long guild;
        long voter;
        try {
            id = Long.parseLong(proposalId);
            guild = guildId == null ? null : Long.parseLong(guildId);
            voter = Long.parseLong(click.interaction().userId());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String sql = "with p as (select " + COLUMNS + " from proposal where proposal_id = ?"
                + (guild == null ? "" : " and guild_id = ?") + " for update)"
                + " select p.*, b.user_id, b.abstain, b.marks from p"
                + " left join ballot b on b.proposal_id = p.proposal_id and b.user_id = ?";
        Object[] args = guild == null ? new Object[] {id, voter} : new Object[] {id, guild, voter};
        return jdbc.query(sql, (rs, row) -> new Voted(proposal(rs, row),
                        rs.getObject(26) == null ? null : ballotAt(rs, 26)), args).stream().findFirst()
                .map(v -> new Voted(guild == null ? v.proposal() : shownBy(v.proposal(), click, onProposal),
                        writtenBehind.changed(id, voter).map(BallotsWrittenBehind.Change::left)
                                .orElse(Optional.ofNullable(v.ballot())).orElse(null)));
    }

    /** @param onProposal whether the click may be on the proposal's message (a DM ballot's proposal: only "Vote") */
    private Proposal shownBy(Proposal p, FromInteraction click, boolean onProposal) {
        String message = click.interaction().messageId();
        if (message == null || p.messageId() != null || p.dmBallots() && !onProposal) {
            return p;
        }
        shownIn(p.proposalId(), Long.parseLong(message));
        return p.shownIn(Long.parseLong(message));
    }

    /** The message the proposal is shown in, learnt from a click on it (the first one wins). */
    void shownIn(long proposalId, long messageId) {
        jdbc.update("update proposal set message_id = ? where proposal_id = ? and message_id is null", messageId,
                proposalId);
    }

    /** @return true when the counts were not pending yet (the caller arms the one refresh) */
    boolean countsPending(long proposalId) {
        return jdbc.update("update proposal set counts_pending = true where proposal_id = ? and not counts_pending",
                proposalId) == 1;
    }

    void countsShown(long proposalId) {
        jdbc.update("update proposal set counts_pending = false where proposal_id = ?", proposalId);
    }

    void close(Proposal p) {
        jdbc.update("""
                update proposal set closed_at = ?, closed_by = ?, outcome = ?, winner = ?, eligible = ?, tie_break = ?
                 where proposal_id = ? and closed_at is null""", Timestamp.from(p.closedAt()), p.closedBy(),
                p.outcome().name(), p.winner(), p.eligible(), p.tieBreak(), p.proposalId());
    }

    /** The member's ballot, if they have one. */
    Optional<Ballot> ballotOf(long proposalId, long userId) {
        return writtenBehind.changed(proposalId, userId).map(BallotsWrittenBehind.Change::left).orElseGet(() ->
                jdbc.query("select user_id, abstain, marks from ballot where proposal_id = ? and user_id = ?",
                        ProposalRepository::ballot, proposalId, userId).stream().findFirst());
    }

    /** Casts or changes the member's ballot (written behind: see the class). */
    void putBallot(long proposalId, long guildId, Ballot b, Instant at) {
        writtenBehind.cast(proposalId, guildId, b, at);
    }

    /** Withdraws the member's ballot (written behind: see the class). */
    void withdraw(long proposalId, long userId) {
        writtenBehind.withdraw(proposalId, userId);
    }

    /** The proposal's ballots, in the order they were last cast. */
    Tally tally(Proposal p) {
        writtenBehind.writeNow();
        return new Tally(p.choices(), jdbc.query("""
                select user_id, abstain, marks from ballot where proposal_id = ? order by cast_at, user_id""",
                ProposalRepository::ballot, p.proposalId()));
    }

    private static Ballot ballot(ResultSet rs, int row) throws SQLException {
        return ballotAt(rs, 1);
    }

    /** A ballot from its three columns (user, abstain, marks) from the {@code first}. */
    private static Ballot ballotAt(ResultSet rs, int first) throws SQLException {
        Integer[] marks = (Integer[]) rs.getArray(first + 2).getArray();
        return new Ballot(rs.getLong(first), rs.getBoolean(first + 1), List.of(marks));
    }

    private static Proposal proposal(ResultSet rs, int row) throws SQLException {
        Timestamp closedAt = rs.getTimestamp(11);
        String outcome = rs.getString(13);
        return new Proposal(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(),
                new Choices(List.of((String[]) rs.getArray(21).getArray()), TallyMethod.valueOf(rs.getString(22)),
                        rs.getInt(23)),
                new Constitution(rs.getInt(15), rs.getInt(16)),
                new Secrecy(rs.getBoolean(18), rs.getBoolean(19), rs.getObject(20, Long.class)), rs.getBoolean(25),
                rs.getObject(10, Long.class),
                closedAt == null ? null : closedAt.toInstant(), rs.getObject(12, Long.class),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString(14), rs.getObject(17, Integer.class),
                rs.getString(24));
    }
}
