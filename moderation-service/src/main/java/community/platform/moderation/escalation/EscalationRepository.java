package community.platform.moderation.escalation;

import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.settings.VoteRules;
import community.platform.moderation.settings.VoteRules.TieBreak;
import community.platform.moderation.escalation.EscalationPolicy.Why;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of escalations, votes and the case log. Callers run inside the handler's transaction. */
@Repository
class EscalationRepository {

    private static final String COLUMNS = """
            escalation_id, guild_id, member_id, message_id, reason, channel_id, opened_by, opened_at, quorum,
            base_hours, hours_per_vote, tie_break, voting_message_id, resolves_at, resolution, resolved_why,
            resolved_at, voting_channel_id""";

    private final JdbcTemplate jdbc;

    EscalationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when it exists already (the same command delivered again) */
    boolean insert(Escalation e) {
        return jdbc.update("insert into escalation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " null, null, null, null) on conflict (escalation_id) do nothing",
                e.escalationId(), e.guildId(), e.memberId(), e.messageId(), e.reason(), e.channelId(), e.openedBy(),
                Timestamp.from(e.openedAt()), e.rules().quorum(), e.rules().baseHours(), e.rules().hoursPerVote(),
                e.rules().tieBreak().name(), e.votingMessageId(), Timestamp.from(e.resolvesAt())) == 1;
    }

    /** The escalation, locked for the vote or timer being handled, if it exists in this guild (ids as given). */
    Optional<Escalation> lockInGuild(String escalationId, String guildId) {
        try {
            return lockInGuild(Long.parseLong(escalationId), Long.parseLong(guildId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Optional<Escalation> lockInGuild(long escalationId, long guildId) {
        return jdbc.query("select " + COLUMNS + " from escalation where escalation_id = ? and guild_id = ? for update",
                EscalationRepository::row, escalationId, guildId).stream().findFirst();
    }

    List<Escalation> ofMember(long guildId, long memberId) {
        return jdbc.query("select " + COLUMNS + " from escalation where guild_id = ? and member_id = ?"
                + " order by opened_at desc limit 25", EscalationRepository::row, guildId, memberId);
    }

    private static Escalation row(ResultSet rs, int n) throws SQLException {
        return new Escalation(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4), rs.getString(5),
                rs.getLong(6), rs.getLong(7), rs.getTimestamp(8).toInstant(), new VoteRules(rs.getInt(9),
                rs.getDouble(10), rs.getDouble(11), TieBreak.valueOf(rs.getString(12))), (Long) rs.getObject(13),
                rs.getTimestamp(14).toInstant(), rs.getString(15) == null ? null : Resolution.valueOf(rs.getString(15)),
                rs.getString(16) == null ? null : Why.valueOf(rs.getString(16)),
                rs.getTimestamp(17) == null ? null : rs.getTimestamp(17).toInstant(), (Long) rs.getObject(18));
    }

    /** Moderator -> resolution, in the order the votes were cast. */
    Map<Long, Resolution> votes(long escalationId) {
        Map<Long, Resolution> out = new LinkedHashMap<>();
        jdbc.query("select moderator_id, resolution from mod_vote where escalation_id = ? order by voted_at, moderator_id",
                rs -> {
                    out.put(rs.getLong(1), Resolution.valueOf(rs.getString(2)));
                }, escalationId);
        return out;
    }

    /** A moderator's vote, with the name they were shown under then (a vote changed later keeps the newest name). */
    void putVote(long escalationId, long moderator, String name, Resolution r, Instant at) {
        jdbc.update("""
                insert into mod_vote (escalation_id, moderator_id, moderator_name, resolution, voted_at)
                values (?, ?, ?, ?, ?) on conflict (escalation_id, moderator_id) do update set
                    resolution = excluded.resolution, voted_at = excluded.voted_at,
                    moderator_name = coalesce(excluded.moderator_name, mod_vote.moderator_name)""", escalationId,
                moderator, name, r.name(), Timestamp.from(at));
    }

    /** Moderator -> the name they voted under (only those whose name is known), in the order the votes were cast. */
    Map<Long, String> voterNames(long escalationId) {
        Map<Long, String> out = new LinkedHashMap<>();
        jdbc.query("select moderator_id, moderator_name from mod_vote where escalation_id = ? and moderator_name is"
                + " not null order by voted_at, moderator_id", rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                }, escalationId);
        return out;
    }

    void withdraw(long escalationId, long moderator) {
        jdbc.update("delete from mod_vote where escalation_id = ? and moderator_id = ?", escalationId, moderator);
    }

    /** Where its message is, once known (from a click on it, or the gateway's report of the post). */
    void votingMessage(long escalationId, long channelId, long messageId) {
        jdbc.update("update escalation set voting_message_id = ?, voting_channel_id = ? where escalation_id = ?"
                + " and voting_message_id is null", messageId, channelId, escalationId);
    }

    /** The action that posts its message: the gateway's report of it says where the message is. */
    void postedBy(long escalationId, UUID actionId) {
        jdbc.update("update escalation set post_action_id = ? where escalation_id = ?", actionId, escalationId);
    }

    /** The escalation whose message the action {@code actionId} posted. */
    Optional<Long> postedWith(UUID actionId) {
        return jdbc.queryForList("select escalation_id from escalation where post_action_id = ?", Long.class, actionId)
                .stream().findFirst();
    }

    /** A member's case thread: where it is asked for and, once the gateway reported it, which thread it is. */
    record MemberThread(long parentChannelId, String name, Long threadId) {
    }

    Optional<MemberThread> threadOf(long guildId, long memberId) {
        return jdbc.query("select parent_channel_id, thread_name, thread_id from member_thread where guild_id = ?"
                + " and member_id = ?", (rs, n) -> new MemberThread(rs.getLong(1), rs.getString(2),
                (Long) rs.getObject(3)), guildId, memberId).stream().findFirst();
    }

    /** The member's thread, asked for in {@code parent} under {@code name} unless it was already. */
    MemberThread thread(long guildId, long memberId, long parent, String name) {
        jdbc.update("insert into member_thread (guild_id, member_id, parent_channel_id, thread_name) values (?, ?, ?, ?)"
                + " on conflict do nothing", guildId, memberId, parent, name);
        return threadOf(guildId, memberId).orElseThrow();
    }

    /** The gateway reported the thread a post went to (the first one, or a new one after the old was deleted). */
    void threadIs(long guildId, long memberId, long threadId) {
        jdbc.update("update member_thread set thread_id = ? where guild_id = ? and member_id = ?", threadId, guildId,
                memberId);
    }

    void resolvesAt(long escalationId, Instant at) {
        jdbc.update("update escalation set resolves_at = ? where escalation_id = ?", Timestamp.from(at), escalationId);
    }

    /** Resolves once: @return false when it was resolved already. Logs the case in the same transaction. */
    boolean resolve(Escalation e, Resolution r, Why why, CaseAction action, UUID actionId, Instant at) {
        if (jdbc.update("update escalation set resolution = ?, resolved_why = ?, resolved_at = ?"
                + " where escalation_id = ? and resolution is null", r.name(), why.name(), Timestamp.from(at),
                e.escalationId()) != 1) {
            return false;
        }
        jdbc.update("insert into mod_case (guild_id, member_id, escalation_id, resolution, why, action, at,"
                + " action_id, action_done, action_state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.guildId(),
                e.memberId(), e.escalationId(), r.name(), why.name(), action.shownAtFirst(), Timestamp.from(at),
                actionId, action.done(), action.initialState().name().toLowerCase(Locale.ROOT));
        return true;
    }

    /**
     * A case whose action is asked of Discord: a resolution of the vote ({@code takenBy} null) or an immediate action.
     *
     * @param what the resolution or immediate action, as stored ({@code BAN}, {@code DELETE_MESSAGE})
     */
    record CaseRef(long escalationId, String what, Long takenBy, String takenByName, String reason) {
    }

    /** The case whose action is {@code actionId}. */
    Optional<CaseRef> caseOfAction(UUID actionId) {
        return jdbc.query("select escalation_id, resolution, taken_by, taken_by_name, reason from mod_case"
                + " where action_id = ?", (rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2),
                (Long) rs.getObject(3), rs.getString(4), rs.getString(5)), actionId).stream().findFirst();
    }

    /**
     * An immediate action taken on the escalation, once: @return false when the same action is pending or done already
     * (another moderator took it first). A refused one may be taken again.
     */
    boolean take(Escalation e, ImmediateAction what, long moderator, String name, String reason, CaseAction action,
                 UUID actionId, Instant at) {
        return jdbc.update("insert into mod_case (guild_id, member_id, escalation_id, resolution, why, action, at,"
                + " action_id, action_done, action_state, taken_by, taken_by_name, reason)"
                + " values (?, ?, ?, ?, 'IMMEDIATE', ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (escalation_id, resolution) where taken_by is not null and action_state <> 'failed'"
                + " do nothing", e.guildId(), e.memberId(), e.escalationId(), what.name(), action.shownAtFirst(),
                Timestamp.from(at), actionId, action.done(), action.initialState().name().toLowerCase(Locale.ROOT),
                moderator, name, reason) == 1;
    }

    /** What the case whose action is {@code actionId} says now. */
    Optional<String> caseShows(UUID actionId) {
        return jdbc.queryForList("select action from mod_case where action_id = ?", String.class, actionId).stream()
                .findFirst();
    }

    /** An immediate action taken on an escalation, as its message and the case history show it. */
    record Taken(ImmediateAction what, long by, String byName, String reason, String shown, CaseAction.State state,
                 Instant at) {

        /** Who took it: the name they were shown under, else a mention. */
        String who() {
            return byName != null ? byName : "<@" + by + ">";
        }
    }

    /** The immediate actions taken on an escalation, in the order they were taken. */
    List<Taken> taken(long escalationId) {
        return jdbc.query("select resolution, taken_by, taken_by_name, reason, action, action_state, at from mod_case"
                + " where escalation_id = ? and taken_by is not null order by at, case_id", (rs, n) -> new Taken(
                ImmediateAction.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), CaseAction.State.valueOf(rs.getString(6).toUpperCase(Locale.ROOT)),
                rs.getTimestamp(7).toInstant()), escalationId);
    }

    /** Discord did the action: the case says what was done. @return false when it said so already */
    boolean actionDone(UUID actionId) {
        return jdbc.update("update mod_case set action = action_done, action_state = 'done'"
                + " where action_id = ? and action_state = 'pending'", actionId) == 1;
    }

    /** Discord refused the action: the case says so. @return false when it said so already */
    boolean actionFailed(UUID actionId, String shown) {
        return jdbc.update("update mod_case set action = ?, action_state = 'failed'"
                + " where action_id = ? and action_state in ('pending', 'done')", shown, actionId) == 1;
    }

    /** Warnings a member was given since {@code since}. */
    int warningsSince(long guildId, long memberId, Instant since) {
        return jdbc.queryForObject("select count(*) from mod_case where guild_id = ? and member_id = ?"
                + " and resolution = 'WARNING' and taken_by is null and at >= ?", Integer.class, guildId, memberId, Timestamp.from(since));
    }

    /** The member has an escalation still open. */
    boolean openFor(long guildId, long memberId) {
        return jdbc.queryForObject("select count(*) from escalation where guild_id = ? and member_id = ?"
                + " and resolution is null", Integer.class, guildId, memberId) > 0;
    }

    /** What the case of the escalation's resolution says. */
    Optional<String> caseAction(long escalationId) {
        return jdbc.queryForList("select action from mod_case where escalation_id = ? and taken_by is null",
                String.class, escalationId).stream().findFirst();
    }
}
