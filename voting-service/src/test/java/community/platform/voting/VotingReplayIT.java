package community.platform.voting;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Message;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.contracts.voting.CastBallot;
import community.platform.contracts.voting.CastBallot.Choice;
import community.platform.contracts.voting.CloseProposal;
import community.platform.contracts.voting.ConfigureConstitution;
import community.platform.contracts.voting.InvestTokens;
import community.platform.contracts.voting.ManageCampaign;
import community.platform.contracts.voting.ManageCampaign.Action;
import community.platform.contracts.voting.OpenProposal;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TableDump;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replaying {@code voting.commands} into an empty schema rebuilds the same governance: proposals (numbers, rules,
 * results), ballots, the constitution and its changes, campaigns, scenarios, budgets and investments. Voting records
 * when a command happened (the click's time, a deadline), never when it was handled, so the replay writes the same
 * rows. One partition here: what different keys share (a guild's proposal numbers) follows the order commands are
 * read in, which several partitions do not fix.
 */
class VotingReplayIT {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final String GUILD = "700000000000000001";
    static final String CHAIR = "800000000000000001";
    static final String U1 = "800000000000000002";
    static final String U2 = "800000000000000003";
    static final String U3 = "800000000000000004";
    static final String MANAGE = Long.toString(1L << 5);
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final tools.jackson.databind.JsonNode NO_PAYLOAD = tools.jackson.databind.node.JsonNodeFactory.instance
            .objectNode();
    static final AtomicLong IDS = new AtomicLong(1_320_000_000_000_000_000L);

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    record Sent(String key, Message command) {
    }

    static InteractionRef click(String user, Instant at) {
        String id = Long.toString(IDS.incrementAndGet());
        return new InteractionRef("1300000000000000001", id, "token-" + id, "900000000000000001", user, "en-US", at);
    }

    static List<String> args(String... more) {
        List<String> out = new ArrayList<>(List.of("--platform.service=voting", "--platform.kafka.partitions=1"));
        out.addAll(List.of(more));
        return out;
    }

    @Test
    @DisplayName("replaying voting.commands into an empty schema rebuilds the same proposals, ballots, constitution, campaigns, budgets and results")
    void replayRebuildsTheSameState() throws Exception {
        List<Sent> script = new ArrayList<>();
        script.add(new Sent(GUILD + ":constitution", new ConfigureConstitution(GUILD, "duration", "48", MANAGE,
                click(CHAIR, T0))));
        InteractionRef p1 = click(CHAIR, T0.plusSeconds(60));
        script.add(new Sent(p1.interactionId(), new OpenProposal(GUILD, p1.interactionId(), "Raid on Fridays", null,
                null, p1)));
        InteractionRef p2 = click(U1, T0.plusSeconds(61));
        script.add(new Sent(p2.interactionId(), new OpenProposal(GUILD, p2.interactionId(), "Next dungeon", null, 2, p2,
                false, false, null, List.of("Ember Vault", "Frost Keep", "Sunken Temple"), "RANKED", null, "0",
                List.of(), false)));
        script.add(ballot(p1, U1, Choice.OPTION, 0, null, 120));
        script.add(ballot(p1, U2, Choice.OPTION, 1, null, 121));
        script.add(ballot(p1, U2, Choice.OPTION, 1, null, 122)); // withdrawn
        script.add(ballot(p1, U3, Choice.ABSTAIN, null, null, 123));
        script.add(ballot(p2, U1, Choice.RANK, 2, 0, 130));
        script.add(ballot(p2, U1, Choice.RANK, 0, 1, 131));
        script.add(ballot(p2, U2, Choice.RANK, 1, 0, 132));
        script.add(ballot(p2, U3, Choice.RANK, 0, 0, 133));
        script.add(new Sent(p1.interactionId(), new CloseProposal(GUILD, p1.interactionId(), "0",
                click(CHAIR, T0.plusSeconds(200)))));
        script.add(new Sent(p2.interactionId(), new TimerFired(GUILD, "voting", "proposal-" + p2.interactionId(),
                p2.interactionId(), 1, T0.plusSeconds(61).plus(Duration.ofHours(2)),
                T0.plusSeconds(61).plus(Duration.ofHours(2)), NO_PAYLOAD)));
        String campaigns = ManageCampaign.key(GUILD);
        InteractionRef create = click(CHAIR, T0.plusSeconds(300));
        script.add(new Sent(campaigns, new ManageCampaign(GUILD, Action.CREATE, create, MANAGE, null, null, null,
                "Autumn league", null, 1, 2)));
        InteractionRef s1 = click(CHAIR, T0.plusSeconds(301));
        script.add(new Sent(campaigns, new ManageCampaign(GUILD, Action.SUBMIT, s1, MANAGE, 1, 1, null, "Dungeon race",
                null, null, null)));
        InteractionRef s2 = click(U1, T0.plusSeconds(302));
        script.add(new Sent(campaigns, new ManageCampaign(GUILD, Action.SUBMIT, s2, "0", 1, 1, null, "Boss rush",
                "Three bosses.", null, null)));
        script.add(new Sent(campaigns, new ManageCampaign(GUILD, Action.START, click(CHAIR, T0.plusSeconds(310)),
                MANAGE, 1, null, null, null, null, null, null)));
        script.add(invest(s1, U1, 7, 320));
        script.add(invest(s2, U1, 6, 320)); // over the budget of 10: refused
        script.add(invest(s2, U2, 10, 321));
        script.add(new Sent(campaigns, new TimerFired(GUILD, "voting", "stage-" + create.interactionId() + "-1",
                campaigns, 1, T0.plusSeconds(310).plus(Duration.ofHours(2)),
                T0.plusSeconds(310).plus(Duration.ofHours(2)), NO_PAYLOAD)));

        String before;
        try (RunningApp app = RunningApp.start(VotingServiceApplication.class, infra, args());
             CommandSender sender = new CommandSender(infra.bootstrapServers());
             Connection c = connect(infra.database())) {
            for (Sent s : script) {
                sender.send(infra.topic(Topics.VOTING_COMMANDS.name()), s.key(), s.command());
            }
            Await.until("every command handled", WAIT, () -> single(c, "select count(*) from voting.inbox")
                    >= script.size());
            before = dump(c);
        }
        assertThat(before).contains("Raid on Fridays", "WINNER", "Yes", "Next dungeon", "RANKED", "Autumn league",
                "Dungeon race", "duration");
        assertThat(before).as("the refused investment changed nothing").contains("# campaign_budget\n"
                + create.interactionId() + " | " + U1 + " | 3\n" + create.interactionId() + " | " + U2 + " | 0\n");

        String replay = infra.database() + "_replay";
        infra.postgres().createDatabase(replay);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()))) {
            admin.deleteConsumerGroups(List.of("voting")).all().get();
        }
        try (RunningApp app = RunningApp.start(VotingServiceApplication.class, infra,
                args("--spring.datasource.url=" + infra.postgres().jdbcUrl(replay)));
             Connection c = connect(replay)) {
            Await.until("the replay reaches the last command", WAIT, () ->
                    single(c, "select count(*) from voting.inbox") >= script.size());
            assertThat(dump(c)).isEqualTo(before);
        }
    }

    static Sent ballot(InteractionRef proposal, String user, Choice choice, Integer option, Integer rank,
                       int seconds) {
        return new Sent(proposal.interactionId(), new CastBallot(GUILD, proposal.interactionId(), choice,
                click(user, T0.plusSeconds(seconds)), List.of(), option, null, rank, null));
    }

    static Sent invest(InteractionRef scenario, String user, int tokens, int seconds) {
        return new Sent(scenario.interactionId(), new InvestTokens(GUILD, scenario.interactionId(), tokens,
                click(user, T0.plusSeconds(seconds)), List.of()));
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(infra.postgres().jdbcUrl(database), "postgres", "postgres");
    }

    static long single(Connection c, String sql) {
        return TableDump.single(c, sql);
    }

    /** Every table of voting's state, rows in a fixed order. */
    static String dump(Connection c) throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("proposal", "select * from voting.proposal order by proposal_id");
        queries.put("proposal_counter", "select * from voting.proposal_counter order by 1");
        queries.put("ballot", "select * from voting.ballot order by proposal_id, user_id");
        queries.put("guild_constitution", "select * from voting.guild_constitution order by 1");
        queries.put("constitution_change", "select * from voting.constitution_change order by change_id");
        queries.put("campaign", "select * from voting.campaign order by campaign_id");
        queries.put("campaign_counter", "select * from voting.campaign_counter order by 1");
        queries.put("scenario", "select * from voting.scenario order by scenario_id");
        queries.put("campaign_budget", "select * from voting.campaign_budget order by 1, 2");
        queries.put("investment", "select * from voting.investment order by investment_id");
        return TableDump.of(c, queries);
    }
}
