package community.platform.loadtest;

import community.platform.contracts.Message;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.economy.ClaimDaily;
import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.Summon;
import community.platform.testkit.CommandSender;
import community.platform.testkit.KafkaBroker;
import community.platform.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dailies and summons per second through the real economy service (command on {@code economy.commands} -> inbox +
 * wallet + ledger + collection + outbox in one transaction -> Debezium -> the reply on {@code discord.actions}),
 * beside the raw-commit ceiling of the same PostgreSQL, measured in one run; then the same with one record per poll
 * ({@code platform.kafka.max-poll-records=1}), to show what handling a whole poll in one transaction gains; and the
 * domain's own ceiling, the statements a daily and a summon run issued by plain JDBC ({@link EconomySqlCeiling}).
 * Run with {@code bin/benchmark economy}.
 */
public final class EconomyBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong IDS = new AtomicLong(1_400_000_000_000_000_000L);
    private static final String GUILD = "700000000000000001";

    record Run(String what, int commands, double perSecond, Percentiles latency) {
    }

    /** The steps of a command through the economy service, as its own timers measure them, in the order taken. */
    static final List<ServiceTimers.Step> STEPS = ServiceTimers.commandSteps("economy");

    public static void main(String[] args) throws Exception {
        int members = 3_000;
        int summonsEach = 3;
        int consumerThreads = 1;
        double readPace = 0;
        int settleRounds = JitSettling.ROUNDS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--members" -> members = Integer.parseInt(args[++i]);
                case "--summons-each" -> summonsEach = Integer.parseInt(args[++i]);
                case "--consumer-threads" -> consumerThreads = Integer.parseInt(args[++i]);
                case "--read-rate" -> readPace = Double.parseDouble(args[++i]);
                case "--settle-rounds" -> settleRounds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: bin/benchmark economy [--members N] [--summons-each N (at most 3)] "
                            + "[--consumer-threads N] [--read-rate profiles/s (default: half the full-speed rate)] "
                            + "[--settle-rounds N]");
                    System.exit(2);
                }
            }
        }
        Path dir = Files.createTempDirectory("benchmark-economy");
        List<Run> runs = new ArrayList<>();
        double ceiling;
        // a real reply of each kind (its JSON as the service wrote it), and the raw-SQL dailies/s and summons/s
        String[] replyBytes = null;
        double[] domainCeiling = null;
        // what the service's own timers measured during each paced run
        Map<String, ServiceTimers.Reading> inside = new LinkedHashMap<>();
        try (PostgresServer pg = PostgresServer.start(dir.resolve("pg"), KafkaBroker.freePort());
             KafkaProcess kafka = KafkaProcess.start(dir)) {
            pg.createDatabase("ceiling");
            String url = pg.jdbcUrl("ceiling");
            System.out.println("raw JDBC ceiling: 8 clients, 15 s ...");
            ceiling = RawCommitBaseline.settled(url, PostgresServer.USER, PostgresServer.PASSWORD, 8,
                    Duration.ofSeconds(15), settleRounds);
            for (String mode : List.of("batched", "one per poll")) {
                String db = mode.equals("batched") ? "batched" : "single";
                pg.createDatabase(db);
                List<String> settings = new ArrayList<>(ServiceProcess.infra(pg, db, kafka));
                settings.addAll(List.of("--platform.kafka.topic-prefix=" + db + ".",
                        "--platform.kafka.consumer-threads=" + consumerThreads));
                if (mode.equals("one per poll")) {
                    settings.add("--platform.kafka.max-poll-records=1");
                }
                try (ServiceProcess service = ServiceProcess.start("economy", dir, settings);
                     Replies replies = new Replies(kafka.bootstrapServers(), db + "." + Topics.DISCORD_ACTIONS.name());
                     CommandSender sender = new CommandSender(kafka.bootstrapServers())) {
                    String topic = db + "." + Topics.ECONOMY_COMMANDS.name();
                    System.out.printf(Locale.ROOT, "%s: warm-up ...%n", mode);
                    replies.run("warm-up", sender, topic, dailies("w", Math.min(500, members)), 0);
                    CpuMeter cpu = CpuMeter.ofEach(Map.of("economy", service.process().toHandle(), "Kafka",
                            kafka.process()));
                    // the settling rounds' members: a new cohort each round, which claims its daily, then summons
                    int[] cohort = {0};
                    int n = Math.min(1_000, members);
                    JitSettling.settle("economy, " + mode, "full speed", cpu, settleRounds, () -> {
                        String prefix = "s" + cohort[0]++;
                        Run d = replies.run("settling dailies", sender, topic, dailies(prefix, n), 0);
                        Run u = replies.run("settling summons", sender, topic, summons(prefix, n, 1), 0);
                        Run r = replies.run("settling profiles", sender, topic, profiles(prefix, n), 0);
                        return String.format(Locale.ROOT, "dailies %.0f/s, summons %.0f/s, profiles %.0f/s",
                                d.perSecond(), u.perSecond(), r.perSecond());
                    });
                    System.out.printf(Locale.ROOT, "%s: %d dailies at full speed ...%n", mode, members);
                    runs.add(replies.run("dailies, " + mode, sender, topic, dailies("m", members), 0));
                    System.out.printf(Locale.ROOT, "%s: %d single summons at full speed ...%n", mode,
                            members * summonsEach);
                    runs.add(replies.run("summons, " + mode, sender, topic, summons("m", members, summonsEach), 0));
                    if (mode.equals("batched")) {
                        replyBytes = new String[] {replies.sample("dailies, " + mode), replies.sample("summons, " + mode)};
                        // paced at half the rate each reached: new members claim their daily, then summon once
                        double dailyRate = named(runs, "dailies, " + mode).perSecond() / 2;
                        double summonRate = named(runs, "summons, " + mode).perSecond() / 2;
                        // each round new members claim their daily, then summon once, at the paced rates
                        int perRound = (int) Math.round(dailyRate * JitSettling.ROUND.toMillis() / 2e3);
                        JitSettling.settle("economy", String.format(Locale.ROOT, "%.0f dailies/s and %.0f summons/s",
                                dailyRate, summonRate), cpu, settleRounds, () -> {
                                    String prefix = "s" + cohort[0]++;
                                    Run d = replies.run("settling dailies", sender, topic, dailies(prefix, perRound),
                                            dailyRate);
                                    Run u = replies.run("settling summons", sender, topic,
                                            summons(prefix, perRound, 1), summonRate);
                                    return String.format(Locale.ROOT, "dailies p99 %.0f ms, summons p99 %.0f ms",
                                            d.latency().p99(), u.latency().p99());
                                });
                        System.out.printf(Locale.ROOT, "%s: %d dailies at %.0f/s ...%n", mode, members, dailyRate);
                        ServiceTimers timers = service.timers(STEPS);
                        List<Map.Entry<String, Message>> pacedDailies = dailies("p", members);
                        runs.add(measured(timers, inside, () -> replies.run("dailies at " + Math.round(dailyRate)
                                + "/s (half)", sender, topic, pacedDailies, dailyRate)));
                        System.out.printf(Locale.ROOT, "%s: %d single summons at %.0f/s ...%n", mode, members,
                                summonRate);
                        List<Map.Entry<String, Message>> pacedSummons = summons("p", members, 1);
                        runs.add(measured(timers, inside, () -> replies.run("summons at " + Math.round(summonRate)
                                + "/s (half)", sender, topic, pacedSummons, summonRate)));
                        // reads (a profile each, nothing changes): at full speed, then paced at half that rate
                        System.out.printf(Locale.ROOT, "%s: %d profiles at full speed ...%n", mode, members);
                        Run reads = replies.run("profiles", sender, topic, profiles("m", members), 0);
                        runs.add(reads);
                        double readRate = readPace > 0 ? readPace : reads.perSecond() / 2;
                        int readsPerRound = (int) Math.min(members, Math.round(readRate
                                * JitSettling.ROUND.toMillis() / 1e3));
                        JitSettling.settle("economy", String.format(Locale.ROOT, "%.0f profiles/s", readRate), cpu,
                                settleRounds, () -> String.format(Locale.ROOT, "p99 %.0f ms", replies.run(
                                        "settling profiles", sender, topic, profiles("m", readsPerRound), readRate)
                                        .latency().p99()));
                        System.out.printf(Locale.ROOT, "%s: %d profiles at %.0f/s ...%n", mode, members, readRate);
                        List<Map.Entry<String, Message>> pacedReads = profiles("m", members);
                        String pacedName = "profiles at " + Math.round(readRate) + (readPace > 0 ? "/s" : "/s (half)");
                        runs.add(measured(timers, inside, () -> replies.run(pacedName, sender, topic, pacedReads,
                                readRate)));
                    }
                }
                if (mode.equals("batched")) {
                    // the service stopped, its schema migrated: the same statements by plain JDBC in another guild
                    System.out.printf(Locale.ROOT, "raw JDBC, the daily's and the summon's statements: 8 clients, "
                            + "%d dailies and %d summons ...%n", members, members * summonsEach);
                    // warmed as the service was: rounds of 1,000 dailies and summons, each in a guild of its own
                    String[] replies = replyBytes;
                    long[] guild = {700_000_000_000_000_010L};
                    int n = Math.min(1_000, members);
                    JitSettling.settle("raw JDBC", "full speed", CpuMeter.thisJvm(), settleRounds, () -> {
                                double[] r = EconomySqlCeiling.commandsPerSecond(pg.jdbcUrl(db), PostgresServer.USER,
                                        PostgresServer.PASSWORD, 8, guild[0]++, n, 1, replies[0], replies[1]);
                                return String.format(Locale.ROOT, "dailies %.0f/s, summons %.0f/s", r[0], r[1]);
                            });
                    domainCeiling = EconomySqlCeiling.commandsPerSecond(pg.jdbcUrl(db), PostgresServer.USER,
                            PostgresServer.PASSWORD, 8, 700_000_000_000_000_002L, members, summonsEach, replyBytes[0],
                            replyBytes[1]);
                }
            }
        }
        System.out.println();
        System.out.println("| path | commands | commands/s | / probe ceiling | / own raw-SQL ceiling | p50 ms | p99 ms "
                + "| max ms |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| raw JDBC probe transactions, 8 clients (ceiling) | | %.0f | 1.00 | | | | |%n",
                ceiling);
        System.out.printf(Locale.ROOT, "| raw JDBC, a daily's statements, 8 clients (dailies' ceiling) | %d | %.0f | %.2f "
                + "| 1.00 | | | |%n", members, domainCeiling[0], domainCeiling[0] / ceiling);
        System.out.printf(Locale.ROOT, "| raw JDBC, a summon's statements, 8 clients (summons' ceiling) | %d | %.0f | "
                + "%.2f | 1.00 | | | |%n", members * summonsEach, domainCeiling[1], domainCeiling[1] / ceiling);
        for (Run r : runs) {
            String own = r.what().startsWith("dailies,") ? String.format(Locale.ROOT, "%.2f", r.perSecond() / domainCeiling[0])
                    : r.what().startsWith("summons,") ? String.format(Locale.ROOT, "%.2f", r.perSecond() / domainCeiling[1])
                    : "";
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.2f | %s | %.1f | %.1f | %.1f |%n", r.what(),
                    r.commands(), r.perSecond(), r.perSecond() / ceiling, own, r.latency().p50(),
                    r.latency().p99(), r.latency().max());
        }
        inside.forEach((what, reading) -> {
            ServiceTimers.printSteps(what, STEPS, Map.of("economy", reading));
            Run whole = named(runs, what);
            System.out.printf(Locale.ROOT, "| produced -> the answer read from discord.actions | benchmark | %d | "
                    + "%.0f | %.0f |%n", whole.commands(), whole.latency().p50(), whole.latency().p99());
        });
        System.out.printf(Locale.ROOT, "%nbatching per poll gains: dailies x%.2f, summons x%.2f%n",
                named(runs, "dailies, batched").perSecond() / named(runs, "dailies, one per poll").perSecond(),
                named(runs, "summons, batched").perSecond() / named(runs, "summons, one per poll").perSecond());
        System.exit(0);
    }

    /** A paced run, with what the service's own {@code timers} measured during it put in {@code inside}. */
    private static Run measured(ServiceTimers timers, Map<String, ServiceTimers.Reading> inside,
                                Callable<Run> paced) throws Exception {
        ServiceTimers.Measured<Run> run = timers.during(paced);
        inside.put(run.result().what(), run.steps());
        return run.result();
    }

    private static Run named(List<Run> runs, String what) {
        return runs.stream().filter(r -> r.what().equals(what)).findFirst().orElseThrow();
    }

    private static String user(String prefix, int m) {
        long first = switch (prefix) {
            case "w" -> 810_000_000_000_000_000L; // warm-up
            case "p" -> 830_000_000_000_000_000L; // paced
            case "m" -> 820_000_000_000_000_000L;
            // settling: "s<round>", a new cohort of members each round
            default -> 840_000_000_000_000_000L + Long.parseLong(prefix.substring(1)) * 1_000_000L;
        };
        return Long.toString(first + m);
    }

    private static InteractionRef click(String user) {
        String id = Long.toString(IDS.incrementAndGet());
        return new InteractionRef("1300000000000000001", id, "bench-" + id, "900000000000000001", user, "en-US",
                Instant.now());
    }

    /** Each member asks for their profile (a read: nothing changes). */
    private static List<Map.Entry<String, Message>> profiles(String prefix, int members) {
        List<Map.Entry<String, Message>> out = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            String user = user(prefix, m);
            out.add(Map.entry(GUILD + ":" + user, ShowEconomy.of(GUILD, ShowEconomy.View.PROFILE, user, click(user))));
        }
        return out;
    }

    private static List<Map.Entry<String, Message>> dailies(String prefix, int members) {
        List<Map.Entry<String, Message>> out = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            String user = user(prefix, m);
            out.add(Map.entry(GUILD + ":" + user, new ClaimDaily(GUILD, click(user))));
        }
        return out;
    }

    /** Single summons on the standard banner: every member once per round, round after round. */
    private static List<Map.Entry<String, Message>> summons(String prefix, int members, int rounds) {
        List<Map.Entry<String, Message>> out = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (int m = 0; m < members; m++) {
                String user = user(prefix, m);
                out.add(Map.entry(GUILD + ":" + user, new Summon(GUILD, "standard", 1, false, click(user))));
            }
        }
        return out;
    }

    /** Times each command from its produce to its reply on discord.actions. */
    static final class Replies implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private final Map<String, Integer> pending = new ConcurrentHashMap<>();
        private final Map<String, String> samples = new ConcurrentHashMap<>();

        Replies(String bootstrap, String topic) {
            consumer = TopicReader.subscribe(bootstrap, topic, "latest");
        }

        /** @param rate commands per second, 0 for all at once */
        Run run(String what, CommandSender sender, String topic, List<Map.Entry<String, Message>> commands,
                double rate) throws InterruptedException {
            int n = commands.size();
            long[] sentAt = new long[n];
            long[] latency = new long[n];
            CountDownLatch done = new CountDownLatch(n);
            long[] last = new long[1];
            pending.clear();
            for (int i = 0; i < n; i++) {
                pending.put(interactionId(commands.get(i).getValue()), i);
            }
            Thread collector = new Thread(() -> {
                while (done.getCount() > 0) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                        String id = JSON.readTree(r.value()).path("interaction").path("interactionId").asString();
                        Integer i = pending.remove(id);
                        if (i != null) {
                            samples.putIfAbsent(what, r.value());
                            long now = System.nanoTime();
                            latency[i] = now - sentAt[i];
                            last[0] = now;
                            done.countDown();
                        }
                    }
                }
            }, "benchmark-replies");
            consumer.poll(Duration.ofMillis(200)); // join the group before the first command
            collector.start();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                var c = commands.get(i);
                if (rate > 0) {
                    long wait = start + (long) (i * 1e9 / rate) - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
                sentAt[i] = System.nanoTime();
                sender.sendAsync(topic, c.getKey(), interactionId(c.getValue()), c.getValue());
            }
            sender.flush();
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException(what + ": only " + (n - done.getCount()) + " of " + n + " replies");
            }
            collector.join();
            return new Run(what, n, n / ((last[0] - start) / 1e9), Percentiles.of(latency, n));
        }

        /** One reply of the run {@code what}, as the service wrote it. */
        String sample(String what) {
            return samples.get(what);
        }

        private static String interactionId(Message m) {
            return ((FromInteraction) m).interaction().interactionId();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
