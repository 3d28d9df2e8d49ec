package community.platform.voting.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of campaigns, scenarios, budgets and investments. Callers run inside the handler's transaction. */
@Repository
class CampaignRepository {

    private static final String CAMPAIGN = """
            campaign_id, guild_id, number, channel_id, title, stages, stage_hours, budget, needs_approval, created_by,
            stage, stage_open, stage_closes_at""";
    private static final String SCENARIO = """
            scenario_id, campaign_id, number, stage, title, details, proposed_by, approved, opened_at, closed_at""";

    private final JdbcTemplate jdbc;

    CampaignRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long campaignId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from campaign where campaign_id = ?)", Boolean.class, campaignId));
    }

    int nextNumber(long guildId) {
        return jdbc.queryForObject("""
                insert into campaign_counter (guild_id, last_number) values (?, 1)
                on conflict (guild_id) do update set last_number = campaign_counter.last_number + 1
                returning last_number""", Integer.class, guildId);
    }

    void insert(Campaign c, Instant at) {
        jdbc.update("""
                insert into campaign (campaign_id, guild_id, number, channel_id, title, stages, stage_hours, budget,
                                      needs_approval, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", c.campaignId(), c.guildId(), c.number(), c.channelId(),
                c.title(), c.stages(), c.stageHours(), c.budget(), c.needsApproval(), c.createdBy(),
                Timestamp.from(at));
    }

    /** The guild's campaign numbered so, locked. */
    Optional<Campaign> lock(long guildId, int number) {
        return jdbc.query("select " + CAMPAIGN + " from campaign where guild_id = ? and number = ? for update",
                CampaignRepository::campaign, guildId, number).stream().findFirst();
    }

    Optional<Campaign> lock(long campaignId) {
        return jdbc.query("select " + CAMPAIGN + " from campaign where campaign_id = ? for update",
                CampaignRepository::campaign, campaignId).stream().findFirst();
    }

    Campaign get(long campaignId) {
        return jdbc.queryForObject("select " + CAMPAIGN + " from campaign where campaign_id = ?",
                CampaignRepository::campaign, campaignId);
    }

    int nextScenario(long campaignId) {
        return jdbc.queryForObject("select coalesce(max(number), 0) + 1 from scenario where campaign_id = ?",
                Integer.class, campaignId);
    }

    void insert(Scenario s, Instant at) {
        jdbc.update("""
                insert into scenario (scenario_id, campaign_id, number, stage, title, details, proposed_by, proposed_at,
                                      approved)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (scenario_id) do nothing""", s.scenarioId(),
                s.campaignId(), s.number(), s.stage(), s.title(), s.details(), s.proposedBy(), Timestamp.from(at),
                s.approved());
    }

    Optional<Scenario> scenario(long campaignId, int number) {
        return jdbc.query("select " + SCENARIO + " from scenario where campaign_id = ? and number = ?",
                CampaignRepository::scenario, campaignId, number).stream().findFirst();
    }

    /** The scenario, locked for an investment (a stage's closing locks its scenarios too). */
    Optional<Scenario> lockScenario(long scenarioId) {
        return jdbc.query("select " + SCENARIO + " from scenario where scenario_id = ? for update",
                CampaignRepository::scenario, scenarioId).stream().findFirst();
    }

    void approve(long scenarioId) {
        jdbc.update("update scenario set approved = true where scenario_id = ?", scenarioId);
    }

    /** The stage's scenarios, approved ones only, in number order. */
    List<Scenario> approved(long campaignId, int stage) {
        return jdbc.query("select " + SCENARIO + " from scenario where campaign_id = ? and stage = ? and approved"
                + " order by number for update", CampaignRepository::scenario, campaignId, stage);
    }

    /** Opens the next stage and its approved scenarios at the same moment. */
    void startStage(Campaign c, int stage, Instant at, Instant closesAt) {
        jdbc.update("update campaign set stage = ?, stage_open = true, stage_closes_at = ? where campaign_id = ?",
                stage, Timestamp.from(closesAt), c.campaignId());
        jdbc.update("update scenario set opened_at = ? where campaign_id = ? and stage = ? and approved",
                Timestamp.from(at), c.campaignId(), stage);
    }

    void closeStage(Campaign c, Instant at) {
        jdbc.update("update campaign set stage_open = false where campaign_id = ?", c.campaignId());
        jdbc.update("update scenario set closed_at = ? where campaign_id = ? and stage = ? and approved",
                Timestamp.from(at), c.campaignId(), c.stage());
    }

    /** Each member's tokens left, for those who invested; the others have the whole budget. */
    Map<Long, Integer> remaining(long campaignId) {
        Map<Long, Integer> out = new HashMap<>();
        jdbc.query("select user_id, remaining from campaign_budget where campaign_id = ?",
                rs -> {
                    out.put(rs.getLong(1), rs.getInt(2));
                }, campaignId);
        return out;
    }

    /**
     * ONE conditional check-and-decrement: the member's budget (created with the whole budget on their first
     * investment) loses {@code tokens} only if it has them. Concurrent investments of one member wait for each other
     * on the budget's row and each re-checks what is left, so none overdraws.
     *
     * @return the tokens left after it, or empty when it would overdraw (nothing changed)
     */
    OptionalInt spend(long campaignId, long userId, int budget, int tokens) {
        jdbc.update("""
                insert into campaign_budget (campaign_id, user_id, remaining) values (?, ?, ?)
                on conflict do nothing""", campaignId, userId, budget);
        List<Integer> left = jdbc.queryForList("""
                update campaign_budget set remaining = remaining - ?
                 where campaign_id = ? and user_id = ? and remaining >= ?
                returning remaining""", Integer.class, tokens, campaignId, userId, tokens);
        return left.isEmpty() ? OptionalInt.empty() : OptionalInt.of(left.get(0));
    }

    int remaining(long campaignId, long userId, int budget) {
        return jdbc.queryForList("select remaining from campaign_budget where campaign_id = ? and user_id = ?",
                Integer.class, campaignId, userId).stream().findFirst().orElse(budget);
    }

    void invest(long investmentId, Scenario s, long userId, int tokens, Instant at) {
        jdbc.update("""
                insert into investment (investment_id, scenario_id, campaign_id, user_id, tokens, invested_at)
                values (?, ?, ?, ?, ?, ?)""", investmentId, s.scenarioId(), s.campaignId(), userId, tokens,
                Timestamp.from(at));
    }

    /** A scenario's result: tokens invested and how many members invested. */
    record Result(Scenario scenario, long tokens, int investors) {
    }

    List<Result> results(long campaignId, int stage) {
        return jdbc.query("""
                select s.scenario_id, s.campaign_id, s.number, s.stage, s.title, s.details, s.proposed_by, s.approved,
                       s.opened_at, s.closed_at, coalesce(sum(i.tokens), 0), count(distinct i.user_id)
                  from scenario s left join investment i on i.scenario_id = s.scenario_id
                 where s.campaign_id = ? and s.stage = ? and s.approved
                 group by s.scenario_id order by coalesce(sum(i.tokens), 0) desc, s.number""",
                (rs, n) -> new Result(scenario(rs, n), rs.getLong(11), rs.getInt(12)), campaignId, stage);
    }

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        Timestamp closes = rs.getTimestamp(13);
        return new Campaign(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getString(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8), rs.getBoolean(9), rs.getLong(10), rs.getInt(11), rs.getBoolean(12),
                closes == null ? null : closes.toInstant());
    }

    private static Scenario scenario(ResultSet rs, int row) throws SQLException {
        Timestamp opened = rs.getTimestamp(9);
        Timestamp closed = rs.getTimestamp(10);
        return new Scenario(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getBoolean(8), opened == null ? null : opened.toInstant(),
                closed == null ? null : closed.toInstant());
    }
}
