package community.platform.economy;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Message;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.economy.ArrangeTeam;
import community.platform.contracts.economy.ChangeEsprit;
import community.platform.contracts.economy.ClaimDaily;
import community.platform.contracts.economy.GrantCurrency;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.Summon;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TableDump;
import community.platform.testkit.TopicTail;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The economy on real Kafka, PostgreSQL and Debezium, fed commands as the gateway sends them: concurrent spends of one
 * member never overdraw, every command is answered, the ledger adds up to the balances, and replaying the commands
 * from Kafka into an empty database rebuilds the same state.
 */
class EconomyIT {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final List<String> ECONOMY = List.of("--platform.service=economy");
    static final String G1 = "700000000000000001";
    static final String G2 = "700000000000000002";
    static final String ALICE = "800000000000000001";
    static final String BOB = "800000000000000002";
    static final String CARA = "800000000000000003";
    static final String ADMIN = "800000000000000009";
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final MessageCodec CODEC = new MessageCodec();
    static final AtomicLong IDS = new AtomicLong(1_320_000_000_000_000_000L);

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    record Sent(String key, Message command, String interactionId) {
    }

    static InteractionRef click(String user, Instant at) {
        String id = Long.toString(IDS.incrementAndGet());
        return new InteractionRef("1300000000000000001", id, "token-" + id, "900000000000000001", user, "en-US", at);
    }

    static Sent member(String guild, String user, Message command) {
        return new Sent(guild + ":" + user, command, interactionOf(command).interactionId());
    }

    static InteractionRef interactionOf(Message m) {
        return ((FromInteraction) m).interaction();
    }

    static Sent grant(String guild, String user, String currency, long amount, Instant at) {
        return new Sent(guild + ":" + user, new GrantCurrency(guild, user, currency, amount, "test",
                click(ADMIN, at)), null);
    }

    /** Sends all at once and waits until each has its answer; returns the answers by interaction id. */
    static Map<String, EditInteractionReply> sendAll(CommandSender sender, TopicTail replies, List<Sent> commands) {
        List<Future<?>> sent = new ArrayList<>();
        for (Sent s : commands) {
            sent.add(sender.sendAsync(infra.topic(Topics.ECONOMY_COMMANDS.name()), s.key(),
                    interactionOf(s.command()).interactionId(), s.command()));
        }
        sent.forEach(f -> CommandSender.await((Future) f));
        Set<String> waiting = commands.stream().map(s -> interactionOf(s.command()).interactionId())
                .collect(Collectors.toSet());
        Map<String, EditInteractionReply> answers = new HashMap<>();
        replies.awaitUntil(all -> {
            for (var r : all) {
                if (CODEC.decode(r.ceType(), r.value().getBytes(StandardCharsets.UTF_8))
                        instanceof EditInteractionReply e && waiting.contains(e.interaction().interactionId())) {
                    answers.put(e.interaction().interactionId(), e);
                }
            }
            return answers.keySet().containsAll(waiting);
        }, WAIT);
        return answers;
    }

    static String text(EditInteractionReply reply) {
        var m = reply.message();
        StringBuilder out = new StringBuilder(m.content() == null ? "" : m.content());
        m.embeds().forEach(e -> {
            out.append(e.title()).append('\n').append(e.description()).append('\n');
            e.fields().forEach(f -> out.append(f.name()).append(": ").append(f.value()).append('\n'));
        });
        return out.toString();
    }

    @Test
    @DisplayName("concurrent summons, upgrades and dissolves of one member with just enough for some: no overdraw, every command answered, ledger = balance")
    void concurrentSpendsNeverOverdraw() throws Exception {
        try (RunningApp app = RunningApp.start(EconomyServiceApplication.class, infra, ECONOMY);
             CommandSender sender = new CommandSender(infra.bootstrapServers());
             TopicTail replies = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_ACTIONS.name()))) {
            // 1,000 gold: three single summons (900), then the rest for upgrades at most
            sendAll(sender, replies, List.of(grant(G1, CARA, "gold", 1000, T0)));
            List<Sent> burst = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                burst.add(member(G1, CARA, new Summon(G1, "standard", 1, false, click(CARA, T0.plusSeconds(1)))));
                burst.add(member(G1, CARA, new ChangeEsprit(G1, ChangeEsprit.Change.UPGRADE, 1,
                        click(CARA, T0.plusSeconds(1)))));
                burst.add(member(G1, CARA, new ChangeEsprit(G1, ChangeEsprit.Change.DISSOLVE, 2,
                        click(CARA, T0.plusSeconds(1)))));
            }
            Map<String, EditInteractionReply> answers = sendAll(sender, replies, burst);
            assertThat(answers).hasSize(burst.size());
            long summoned = answers.values().stream().filter(a -> text(a).contains("summoned:")).count();
            long refused = answers.values().stream().filter(a -> text(a).contains("Nothing was spent")).count();
            long dissolved = answers.values().stream().filter(a -> text(a).contains("was dissolved")).count();
            assertThat(summoned).as("only what the gold pays for (upgrades spend some of it)").isBetween(1L, 7L);
            assertThat(refused).isPositive();
            assertThat(dissolved).as("esprit #2 is dissolved once at most").isLessThanOrEqualTo(1);
            try (Connection c = connect(infra.database())) {
                assertLedgerAddsUp(c);
                assertThat(single(c, "select count(*) from economy.balance where amount < 0")).isZero();
                assertThat(single(c, "select count(*) from economy.ledger where command_id in ("
                        + burst.stream().map(s -> "'" + s.interactionId() + "'").collect(Collectors.joining(","))
                        + ") and reason = 'SUMMON'")).isEqualTo(summoned);
            }
        }
    }

    @Test
    @DisplayName("replaying every command from Kafka into an empty database rebuilds the same balances, ledger, esprits, draws, pity and teams")
    void replayRebuildsTheSameState() throws Exception {
        List<Sent> script = new ArrayList<>();
        script.add(grant(G1, ALICE, "aether", 5000, T0));
        script.add(member(G1, ALICE, new ClaimDaily(G1, click(ALICE, T0.plusSeconds(10)))));
        script.add(member(G1, ALICE, new ClaimDaily(G1, click(ALICE, T0.plusSeconds(70)))));
        script.add(member(G1, ALICE, new ClaimDaily(G1, click(ALICE, T0.plus(Duration.ofHours(23))))));
        script.add(member(G1, ALICE, new Summon(G1, "premium", 10, false, click(ALICE, T0.plus(Duration.ofHours(23))))));
        script.add(member(G1, ALICE, new Summon(G1, "premium", 10, false, click(ALICE, T0.plus(Duration.ofHours(23))))));
        script.add(member(G1, ALICE, new Summon(G1, "standard", 1, true, click(ALICE, T0.plus(Duration.ofHours(23))))));
        script.add(member(G1, ALICE, new Summon(G1, "standard", 1, true, click(ALICE, T0.plus(Duration.ofHours(24))))));
        script.add(member(G1, ALICE, new Summon(G1, "standard", 10, false, click(ALICE, T0.plus(Duration.ofHours(24))))));
        script.add(member(G1, ALICE, new ChangeEsprit(G1, ChangeEsprit.Change.UPGRADE, 3, click(ALICE, T0.plus(Duration.ofHours(24))))));
        script.add(member(G1, ALICE, new ChangeEsprit(G1, ChangeEsprit.Change.DISSOLVE, 4, click(ALICE, T0.plus(Duration.ofHours(24))))));
        script.add(member(G1, ALICE, new ChangeEsprit(G1, ChangeEsprit.Change.DISSOLVE, 4, click(ALICE, T0.plus(Duration.ofHours(24))))));
        script.add(member(G1, ALICE, new ArrangeTeam(G1, ArrangeTeam.Arrangement.OPTIMIZE, null, null, click(ALICE, T0.plus(Duration.ofHours(25))))));
        script.add(member(G1, ALICE, new ArrangeTeam(G1, ArrangeTeam.Arrangement.SET, 2, 5, click(ALICE, T0.plus(Duration.ofHours(25))))));
        script.add(member(G1, BOB, new ClaimDaily(G1, click(BOB, T0))));
        script.add(member(G1, BOB, new Summon(G1, "standard", 1, false, click(BOB, T0))));
        script.add(member(G1, BOB, new Summon(G1, "standard", 1, false, click(BOB, T0))));
        script.add(member(G1, BOB, new ArrangeTeam(G1, ArrangeTeam.Arrangement.OPTIMIZE, null, null, click(BOB, T0))));
        // the same user in another guild: a separate wallet and collection
        script.add(member(G2, ALICE, new ClaimDaily(G2, click(ALICE, T0))));
        script.add(member(G2, ALICE, new Summon(G2, "standard", 10, false, click(ALICE, T0))));
        script.add(member(G2, ALICE, new Summon(G2, "standard", 1, false, click(ALICE, T0))));
        script.add(member(G1, ALICE, ShowEconomy.of(G1, ShowEconomy.View.LEADERBOARD, ALICE, click(ALICE, T0.plus(Duration.ofHours(26))))));

        String before;
        Map<String, EditInteractionReply> answers;
        try (RunningApp app = RunningApp.start(EconomyServiceApplication.class, infra, ECONOMY);
             CommandSender sender = new CommandSender(infra.bootstrapServers());
             TopicTail replies = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_ACTIONS.name()))) {
            // the leaderboard reads other members' teams, on other keys (other partitions, no order between them):
            // it is asked once every earlier command is answered
            answers = sendAll(sender, replies, script.subList(0, script.size() - 1));
            answers.putAll(sendAll(sender, replies, script.subList(script.size() - 1, script.size())));
            try (Connection c = connect(infra.database())) {
                assertLedgerAddsUp(c);
                before = dump(c);
            }
        }
        assertThat(text(answers.get(script.get(2).interactionId()))).contains("already claimed");
        assertThat(text(answers.get(script.get(3).interactionId()))).contains("Daily reward claimed");
        assertThat(text(answers.get(script.get(19).interactionId()))).contains("costs", "Nothing was spent");
        assertThat(text(answers.get(script.get(20).interactionId()))).contains("summoned:");
        assertThat(text(answers.get(script.get(11).interactionId()))).contains("no esprit #4");
        assertThat(text(answers.get(script.get(21).interactionId()))).contains("<@" + ALICE + ">", "<@" + BOB + ">");
        assertThat(before).contains("ledger", "DAILY", "SUMMON", "DISSOLVE", "premium");

        // an empty database, the consumer group forgotten: the service reads economy.commands from the start again
        String replay = infra.database() + "_replay";
        infra.postgres().createDatabase(replay);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()))) {
            admin.deleteConsumerGroups(List.of("economy")).all().get();
        }
        try (RunningApp app = RunningApp.start(EconomyServiceApplication.class, infra,
                List.of("--platform.service=economy", "--spring.datasource.url=" + infra.postgres().jdbcUrl(replay)));
             Connection c = connect(replay)) {
            community.platform.testkit.Await.until("the replay reaches the last command", WAIT, () ->
                    single(c, "select count(*) from economy.inbox") >= script.size());
            assertThat(dump(c)).isEqualTo(before);
        }
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(infra.postgres().jdbcUrl(database), "postgres", "postgres");
    }

    static long single(Connection c, String sql) {
        return TableDump.single(c, sql);
    }

    static void assertLedgerAddsUp(Connection c) {
        assertThat(single(c, """
                select count(*) from economy.balance b full join
                  (select guild_id, member_id, currency, sum(delta) total from economy.ledger
                    group by guild_id, member_id, currency) l using (guild_id, member_id, currency)
                 where coalesce(b.amount, 0) <> coalesce(l.total, 0)""")).as("balances that differ from their ledger")
                .isZero();
    }

    /** Every table of the economy's state, rows in a fixed order, surrogate ids left out. */
    static String dump(Connection c) throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("balance", "select guild_id, member_id, currency, amount from economy.balance order by 1, 2, 3");
        queries.put("ledger", "select guild_id, member_id, currency, delta, balance_after, reason, command_id, at"
                + " from economy.ledger order by guild_id, member_id, currency, entry_id");
        queries.put("member_state", "select * from economy.member_state order by 1, 2");
        queries.put("pity", "select * from economy.pity order by 1, 2, 3");
        queries.put("esprit", "select * from economy.esprit order by 1, 2, 3");
        queries.put("draw", "select * from economy.draw order by 1, 2");
        queries.put("team_slot", "select * from economy.team_slot order by 1, 2, 3");
        queries.put("game_settings", "select * from economy.game_settings order by 1");
        return TableDump.of(c, queries);
    }
}
