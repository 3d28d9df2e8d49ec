package community.platform.loadtest;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.BotCall;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.loadtest.ServiceTimers.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Members clicking ballot buttons through the Discord emulator, the platform beside its ceiling in one run. The ceiling
 * is {@link BareBot}: the same JDA client answering the same clicks with the same two calls from memory. Each bot in
 * turn (the bare bot first, in its own JVM; then the gateway and the voting service, each in its own JVM from its jar)
 * gets the same members on the same number of proposals, and for each:
 * <ul>
 * <li>its sustained rate: the highest step of a ladder of click rates ({@code --start-rate}, then 1.25 times the one
 * before) at which, for {@code --seconds}, no click was acknowledged later than Discord's 3 s and every click was
 * shown on its message, counted at the rate the members offered when they fell short of the step's;</li>
 * <li>at half the bare bot's sustained rate (the same pace for both): acknowledgement (click -> the interaction's
 * callback) and click -> shown (the message edited through the interaction's webhook, by this click's answer or by a
 * later click's on the same message, whichever came first) percentiles.</li>
 * </ul>
 * The emulator and the clicking members run in this JVM for both. Run with {@code bin/benchmark clicks}.
 */
public final class ClickBenchmark {

    static final Duration DISCORD_LIMIT = Duration.ofSeconds(3);
    private static final String[] LABELS = {"Yes", "No", "Abstain"};
    /** one step of the rate ladder to the next */
    private static final double LADDER = 1.25;
    /** The warm-up's first rate (clicks/s), doubled while below the ladder's first step. */
    private static final double WARM_UP_RATE = 50;
    /** How long the processes' CPU is read with no click before a paced run: what they use whatever the pace. */
    static final Duration IDLE = Duration.ofSeconds(5);

    /** The steps of a click through the gateway and voting, in the order a click takes them (the bare bot has none). */
    static final List<Step> STEPS = List.of(
            new Step("Discord's interaction -> received by the gateway", "gateway", "gateway.interaction.delivered"),
            new Step("received -> its command committed (recorded)", "gateway", "gateway.interaction.recorded"),
            new Step("received -> acknowledged (Discord answered the callback)", "gateway", "gateway.interaction.ack"),
            new Step("recorded -> handed to the gateway's outbox relay by Debezium", "gateway", "platform.relay.read"),
            new Step("recorded -> relayed to Kafka (the gateway's outbox relay)", "gateway", "platform.relay.sent"),
            new Step("recorded -> voting takes up its poll", "voting", "platform.messages.waited"),
            new Step("recorded -> voting's answer committed", "voting", "platform.messages.committed"),
            new Step("voting's answer written -> handed to voting's outbox relay", "voting", "platform.relay.read"),
            new Step("voting's answer written -> relayed to Kafka (voting's outbox relay)", "voting",
                    "platform.relay.sent"),
            new Step("answer committed -> the gateway takes up its poll", "gateway", "gateway.action.prompt.waited"),
            new Step("a poll of answers handed to the gateway's lane -> all performed", "gateway",
                    "gateway.action.prompt.poll"),
            new Step("an answer's Discord call", "gateway", "gateway.action.prompt.call"),
            new Step("answer committed -> performed on Discord and recorded", "gateway", "gateway.action.prompt.done"),
            new Step("a transaction of performed actions' records (samples: transactions; each lane thread's record "
                    + "waits for the one under way, then goes in one with the others that waited)", "gateway",
                    "gateway.action.records"));

    /**
     * One run at a rate; a paced run also with what the services' own timers measured ({@code inside}), the CPU its
     * clicks cost ({@code cpu}, from the first click until the bot stopped calling Discord) and the same processes'
     * CPU for {@link #IDLE} with no click just before it ({@code idle}).
     */
    record Phase(double target, int clicks, double offered, Percentiles ack, Percentiles edit, long lateAcks,
                 long missingEdits, Map<String, Long> calls, Percentiles emulator,
                 Map<String, ServiceTimers.Reading> inside, CpuMeter.Reading cpu, CpuMeter.Reading idle) {

        Phase measured(Map<String, ServiceTimers.Reading> reading, CpuMeter.Reading used, CpuMeter.Reading quiet) {
            return new Phase(target, clicks, offered, ack, edit, lateAcks, missingEdits, calls, emulator, reading,
                    used, quiet);
        }

        /** Milliseconds of the machine's CPU per click. */
        double machineMsPerClick() {
            return CpuMeter.Reading.msPer(cpu.machine(), clicks);
        }

        /** No acknowledgement later than Discord allows, no edit missing: nothing a member would see lost. */
        boolean sustained() {
            return lateAcks == 0 && missingEdits == 0;
        }

        /**
         * The rate this run shows the bot carried: its target, or what the members managed to offer when that was
         * less (on a machine the bot keeps busy, the members, sharing its cores, click late: a step of 733/s that
         * offered 662/s measured 662/s); 0 when it was not sustained.
         */
        double carried() {
            return sustained() ? Math.min(target, offered) : 0;
        }
    }

    /** One bot's figures: its sustained rate (0 if even the first step failed) and the paced run. */
    record Measured(String bot, double sustained, Phase paced) {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkArgs options = BenchmarkArgs.parse(args, "bin/benchmark clicks [--seconds S] [--members N]"
                + " [--proposals N] [--start-rate CLICKS_PER_S] [--max-rate CLICKS_PER_S] [--paced-rate CLICKS_PER_S]"
                + " [--settle-rounds N]",
                "--seconds", "--members", "--proposals", "--start-rate", "--max-rate", "--paced-rate",
                "--settle-rounds");
        double seconds = options.number("--seconds", 10);
        int members = options.whole("--members", 500);
        int proposals = options.whole("--proposals", 16);
        double startRate = options.number("--start-rate", 100);
        double maxRate = options.number("--max-rate", 3200);
        // both bots at this pace instead of half the bare bot's sustained rate (to compare runs at one pace)
        double pacedRate = options.number("--paced-rate", Double.NaN);
        int settleRounds = options.whole("--settle-rounds", JitSettling.ROUNDS);
        try (EmulatedStack stack = EmulatedStack.start("click-benchmark")) {
            DiscordEmulator discord = stack.discord();
            GuildScript guild = discord.createGuild("Benchmark");
            for (int c = 0; c < proposals; c++) {
                guild.textChannel("votes-" + c);
            }
            List<MemberScript> crowd = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                crowd.add(guild.member("member" + m));
            }
            Clicking clicking = new Clicking(discord, crowd, proposals, seconds, settleRounds);
            Measured bare;
            try (ServiceProcess bot = stack.bareBot()) {
                bare = clicking.measure("bare JDA bot", startRate, maxRate, pacedRate, Map.of(),
                        new CpuMeter(Map.of("bare bot", CpuMeter.only(bot.process().toHandle())))
                                .and(stack.sharedProcesses()));
            }
            stack.awaitNoBot();
            List<String> names = List.of("voting", "gateway");
            List<ServiceProcess> services = stack.services(names.toArray(String[]::new));
            Map<String, ServiceTimers> timers = new TreeMap<>();
            Map<String, Supplier<Stream<ProcessHandle>>> processes = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String service = names.get(i);
                timers.put(service, services.get(i).timers(STEPS.stream().filter(s -> s.service().equals(service))
                        .toList()));
                processes.put(service, CpuMeter.only(services.get(i).process().toHandle()));
            }
            Measured ours = clicking.measure("gateway + voting", startRate, maxRate,
                    Double.isNaN(pacedRate) ? bare.sustained() / 2 : pacedRate, timers,
                    new CpuMeter(processes).and(stack.sharedProcesses()));
            report(bare, ours, members, proposals, seconds);
        }
        System.exit(0);
    }

    private static void report(Measured bare, Measured ours, int members, int proposals, double seconds) {
        System.out.printf(Locale.ROOT, "%n%d members, %d proposals, %.0f s per step; paced: half the bare bot's "
                + "sustained rate, %.0f clicks/s%n%n", members, proposals, seconds, bare.paced().target());
        System.out.println("| bot | sustained clicks/s | / bare bot | paced: ack p50 ms | ack p99 ms | ack p99 / bare bot's "
                + "| click -> shown p50 ms | p99 ms | acks over 3 s | clicks not shown | Discord calls per click |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Measured m : List.of(bare, ours)) {
            Phase p = m.paced();
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.0f | %.0f | %.2f | %.0f | %.0f | %d | %d | %s |%n",
                    m.bot(), m.sustained(), m.sustained() / bare.sustained(), p.ack().p50(), p.ack().p99(),
                    p.ack().p99() / bare.paced().ack().p99(), p.edit().p50(), p.edit().p99(), p.lateAcks(),
                    p.missingEdits(), perClick(p));
        }
        ServiceTimers.printSteps("the paced run of gateway + voting", STEPS, ours.paced().inside());
        System.out.printf(Locale.ROOT, "%nCPU per click in the paced run (from its first click until the bot stopped "
                + "calling Discord: idle work in that time included), and the emulator's own time per call (a handler "
                + "thread taking the request up -> its answer)%n%n| bot | machine ms per click | / bare bot's "
                + "| by process, ms per click | emulator per call p50 ms | p99 ms |%n|---|---|---|---|---|---|%n");
        for (Measured m : List.of(bare, ours)) {
            Phase p = m.paced();
            StringBuilder parts = new StringBuilder();
            p.cpu().parts().forEach((name, used) -> parts.append(parts.isEmpty() ? "" : "; ").append(name)
                    .append(String.format(Locale.ROOT, " %.2f", CpuMeter.Reading.msPer(used, p.clicks()))));
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %s | %.2f | %.2f |%n", m.bot(),
                    p.machineMsPerClick(), p.machineMsPerClick() / bare.paced().machineMsPerClick(), parts,
                    p.emulator().p50(), p.emulator().p99());
        }
        System.out.printf(Locale.ROOT, "%nCPU with no click (%d s just before the paced run) and in the paced run "
                + "(%.1f s for the bare bot, %.1f s for ours, from the first click until the bot stopped calling "
                + "Discord), each as a share of one core; beyond idle: the paced run's CPU less what the same process "
                + "or thread used with no click in as long, per click: the work the clicks brought. Each process's "
                + "busiest threads by name (Linux keeps 15 characters; digits as #)%n%n", IDLE.toSeconds(),
                bare.paced().cpu().wall().toMillis() / 1e3, ours.paced().cpu().wall().toMillis() / 1e3);
        boolean header = true;
        for (Measured m : List.of(bare, ours)) {
            CpuMeter.printBeyondIdle(m.bot(), m.paced().idle(), m.paced().cpu(), m.paced().clicks(), 6, header);
            header = false;
        }
        double rateRatio = ours.sustained() / bare.sustained();
        double ackRatio = ours.paced().ack().p99() / bare.paced().ack().p99();
        System.out.printf(Locale.ROOT, "%ngoal 1: sustained rate >= 0.5 of the bare bot's: %.2f (%s); paced ack p99 "
                        + "<= 2x the bare bot's: %.2f (%s); paced click -> shown p99 < 250 ms: %.0f ms (%s)%n",
                rateRatio, met(rateRatio >= 0.5), ackRatio, met(ackRatio <= 2), ours.paced().edit().p99(),
                met(ours.paced().edit().p99() < 250));
    }

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }

    /**
     * Whether the paced run goes before the ladder's step at {@code step}: the first step above its rate, but never the
     * ladder's first step. A pace below the ladder's start runs after that step, on JVMs as warm as every other paced
     * run's, not straight after the warm-up's short steps.
     */
    static boolean pacedBefore(double step, double startRate, double pacedRate) {
        return !Double.isNaN(pacedRate) && step > pacedRate && step > startRate;
    }

    private static String perClick(Phase p) {
        StringBuilder out = new StringBuilder();
        p.calls().forEach((route, n) -> out.append(out.isEmpty() ? "" : "; ").append(route).append(' ')
                .append(String.format(Locale.ROOT, "%.2f", (double) n / p.clicks())));
        return out.toString();
    }

    /** The clicking members and what they click, for one bot after another. */
    private record Clicking(DiscordEmulator discord, List<MemberScript> crowd, int proposals, double seconds,
                            int settleRounds) {

        /**
         * Steps up a ladder ({@link #LADDER} apart) to the first step that fails; the paced run goes before the first
         * step above its rate ({@link #pacedBefore}; for the bare bot, whose pace is not known yet, after the last
         * step): a failed step leaves answers owed to Discord that the platform works off at Discord's own pace (see
         * the README), and the paced run must not start behind them.
         */
        Measured measure(String bot, double startRate, double maxRate, double pacedRate,
                         Map<String, ServiceTimers> timers, CpuMeter cpu)
                throws Exception {
            System.out.printf(Locale.ROOT, "%n%s: opening %d proposals, warming up (500 clicks at %.0f/s, then 5 s at"
                    + " each doubled rate below %.0f/s) ...%n", bot, proposals, WARM_UP_RATE, startRate);
            List<MessageView> open = new ArrayList<>();
            for (int c = 0; c < proposals; c++) {
                open.add(crowd.get(c).runs("#votes-" + c, "/proposal", Map.of("title", bot + " " + c))
                        .awaitReply(m -> !m.embeds().isEmpty(), Duration.ofSeconds(60)));
            }
            System.out.println("| target /s | offered /s | ack p99 ms | acks over 3 s | clicks not shown | sustained |");
            System.out.println("|---|---|---|---|---|---|");
            warmUp(open, startRate);
            double good = 0;
            Phase paced = null;
            for (double rate = startRate; rate <= maxRate; rate = Math.round(rate * LADDER)) {
                if (paced == null && pacedBefore(rate, startRate, pacedRate)) {
                    paced = paced(bot, open, pacedRate, timers, cpu);
                }
                Phase step = step(open, rate);
                if (!step.sustained()) {
                    break;
                }
                good = Math.max(good, step.carried());
            }
            if (paced == null) {
                paced = paced(bot, open, Double.isNaN(pacedRate) ? Math.max(good, startRate) / 2 : pacedRate, timers,
                        cpu);
            }
            System.out.printf(Locale.ROOT, "%s: sustained %.0f clicks/s%n", bot, good);
            return new Measured(bot, good, paced);
        }

        /**
         * Brings the bot's JVMs up to speed before the ladder's first step: 500 clicks at {@link #WARM_UP_RATE}, then
         * 5 s at each doubled rate below {@code firstStep}, so that the first step measures the pipeline, not code that
         * is not compiled yet meeting a sudden jump (a jump from 50/s straight to 300/s failed in half the runs of
         * JVMs that carried 300/s when the rate climbed to it). The rows are printed, marked as the warm-up.
         */
        private void warmUp(List<MessageView> open, double firstStep) throws InterruptedException {
            Phase first = run(open, WARM_UP_RATE, 500);
            printRow(WARM_UP_RATE, first, "warm-up");
            for (double rate = 2 * WARM_UP_RATE; rate < firstStep; rate *= 2) {
                printRow(rate, run(open, rate, (int) Math.round(rate * 5)), "warm-up");
            }
        }

        /**
         * The paced run, with what the services' own {@code timers} (by service; none for a bare bot) measured and the
         * CPU it cost.
         */
        private Phase paced(String bot, List<MessageView> open, double rate, Map<String, ServiceTimers> timers,
                            CpuMeter cpu) throws Exception {
            settle(bot, open, rate, cpu);
            System.out.printf(Locale.ROOT, "%s: %d s with no click, then paced at %.0f/s ...%n", bot,
                    IDLE.toSeconds(), rate);
            CpuMeter.Reading idleFrom = cpu.read();
            Thread.sleep(IDLE.toMillis());
            CpuMeter.Reading idle = cpu.read().since(idleFrom);
            Map<String, ServiceTimers.Reading> before = new TreeMap<>();
            timers.forEach((service, t) -> before.put(service, t.read()));
            CpuMeter.Reading cpuBefore = cpu.read();
            Phase p = run(open, rate);
            CpuMeter.Reading used = cpu.read().since(cpuBefore);
            Map<String, ServiceTimers.Reading> during = new TreeMap<>();
            timers.forEach((service, t) -> during.put(service, t.read().since(before.get(service))));
            return p.measured(during, used, idle);
        }

        /** Clicks at the paced {@code rate} in rounds until the JIT settles ({@link JitSettling}). */
        private void settle(String bot, List<MessageView> open, double rate, CpuMeter cpu) throws Exception {
            JitSettling.settle(bot, String.format(Locale.ROOT, "%.0f/s", rate), cpu, settleRounds, () -> {
                Phase p = run(open, rate, (int) Math.round(rate * JitSettling.ROUND.toMillis() / 1e3));
                return String.format(Locale.ROOT, "ack p99 %.0f ms, click -> shown p99 %.0f ms", p.ack().p99(),
                        p.edit().p99());
            });
        }

        private Phase step(List<MessageView> open, double rate) throws InterruptedException {
            Phase p = run(open, rate);
            printRow(rate, p, "");
            return p;
        }

        private static void printRow(double rate, Phase p, String mark) {
            String sustained = (p.sustained() ? "yes" : "no") + (mark.isEmpty() ? "" : " (" + mark + ")");
            System.out.printf(Locale.ROOT, "| %.0f | %.0f | %.0f | %d | %d | %s |%n", rate, p.offered(), p.ack().p99(),
                    p.lateAcks(), p.missingEdits(), sustained);
        }

        /** Clicks at {@code rate} for {@code --seconds}. */
        private Phase run(List<MessageView> open, double rate) throws InterruptedException {
            return run(open, rate, (int) Math.round(rate * seconds));
        }

        /**
         * {@code n} clicks at a steady rate, then waits for every acknowledgement and edit (or 30 s) and measures
         * them, then until the bot has stopped calling Discord (what it still owed from the step, so that the next
         * step starts from nothing queued).
         */
        Phase run(List<MessageView> open, double rate, int n) throws InterruptedException {
            Random random = new Random(42);
            List<InteractionTicket> tickets = new ArrayList<>(n);
            List<Long> clicked = new ArrayList<>(n);
            int firstCall = discord.callCount();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long wait = start + (long) (i * 1e9 / rate) - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                MemberScript member = crowd.get(random.nextInt(crowd.size()));
                MessageView message = open.get(random.nextInt(open.size()));
                tickets.add(member.clicks(LABELS[random.nextInt(LABELS.length)], message));
                clicked.add(message.id());
            }
            double offered = n / ((System.nanoTime() - start) / 1e9);
            List<String> tokens = tickets.stream().map(t -> discord.interactionToken(t.id())).toList();
            Instant end = Instant.now().plusSeconds(30);
            Map<String, Instant> edits = new HashMap<>();
            Instant[] shownAt = new Instant[n];
            while (Instant.now().isBefore(end)) {
                edits.clear();
                for (BotCall c : discord.callsSince(firstCall, "PATCH /webhooks/{app}/{token}/messages/@original")) {
                    String[] parts = c.path().split("/");
                    edits.putIfAbsent(parts[parts.length - 3], c.at());
                }
                shownAt = shownAt(clicked, tokens, edits);
                if (java.util.Arrays.stream(shownAt).allMatch(java.util.Objects::nonNull)) {
                    break;
                }
                Thread.sleep(200);
            }
            long[] ack = new long[n];
            long[] edit = new long[n];
            int acks = 0;
            int shown = 0;
            long late = 0;
            for (int i = 0; i < n; i++) {
                InteractionTicket t = tickets.get(i);
                if (t.ackedAt().isPresent()) {
                    Duration d = Duration.between(t.createdAt(), t.ackedAt().get());
                    ack[acks++] = d.toNanos();
                    if (d.compareTo(DISCORD_LIMIT) > 0) {
                        late++;
                    }
                } else {
                    late++;
                }
                Instant edited = shownAt[i];
                if (edited != null) {
                    edit[shown++] = Duration.between(t.createdAt(), edited).toNanos();
                }
            }
            awaitQuiet();
            Map<String, Long> calls = new TreeMap<>();
            List<BotCall> made = discord.callsSince(firstCall);
            long[] handling = new long[made.size()];
            for (int i = 0; i < made.size(); i++) {
                calls.merge(made.get(i).route(), 1L, Long::sum);
                handling[i] = made.get(i).handling().toNanos();
            }
            return new Phase(rate, n, offered, Percentiles.of(ack, acks), Percentiles.of(edit, shown), late,
                    n - shown, calls, Percentiles.of(handling, handling.length), Map.of(), CpuMeter.Reading.NONE,
                    CpuMeter.Reading.NONE);
        }

        /**
         * When each click was first shown on its message: its own edit, or an edit answering a later click on the same
         * message, whichever came first (a bot may fold the edits of a message into the last one: that one shows every
         * click before it), or null while neither came. {@code clicked} is the message of each click, in click order;
         * {@code edits} the first edit through each interaction's token.
         */
        static Instant[] shownAt(List<Long> clicked, List<String> tokens, Map<String, Instant> edits) {
            Instant[] shown = new Instant[clicked.size()];
            Map<Long, Instant> earliestLater = new HashMap<>();
            for (int i = clicked.size() - 1; i >= 0; i--) {
                Instant own = edits.get(tokens.get(i));
                Instant later = earliestLater.get(clicked.get(i));
                Instant first = own == null ? later : later == null || own.isBefore(later) ? own : later;
                shown[i] = first;
                if (first != null) {
                    earliestLater.put(clicked.get(i), first);
                }
            }
            return shown;
        }

        /** Until no call reached the emulator for 3 s (at most 3 minutes). */
        private void awaitQuiet() throws InterruptedException {
            Instant end = Instant.now().plus(Duration.ofMinutes(3));
            int seen = -1;
            while (Instant.now().isBefore(end)) {
                int now = discord.callCount();
                if (now == seen) {
                    return;
                }
                seen = now;
                Thread.sleep(3_000);
            }
            System.out.println("(the bot was still calling Discord 3 minutes after the step)");
        }
    }
}
