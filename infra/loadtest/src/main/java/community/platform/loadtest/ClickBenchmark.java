package community.platform.loadtest;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.BotCall;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

/**
 * Members clicking ballot buttons through the Discord emulator, one run: the gateway and the voting service run as
 * their own JVMs from their jars, JDA talks to the emulator in this process. Measures, per click, Discord's
 * acknowledgement (click -> the gateway's callback: the command is recorded) and the final edit (click -> the
 * message edited with the ballot counted, after voting, its outbox, Debezium and the gateway's action consumer).
 * Run with {@code bin/benchmark clicks}, or {@code bin/benchmark clicks --burst 720} for clicks made at the same instant.
 */
public final class ClickBenchmark {

    static final Duration DISCORD_LIMIT = Duration.ofSeconds(3);

    record Phase(String name, int clicks, double rate, Percentiles ack, Percentiles edit, long lateAcks,
                 long missingEdits) {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkArgs options = BenchmarkArgs.parse(args, "bin/benchmark clicks [--rate CLICKS_PER_S] [--seconds S]"
                + " [--members N] [--proposals N] [--burst CLICKS]", "--rate", "--seconds", "--members", "--proposals",
                "--burst");
        double rate = options.number("--rate", 500);
        double seconds = options.number("--seconds", 20);
        int members = options.whole("--members", 500);
        int proposals = options.whole("--proposals", 16);
        int burst = options.whole("--burst", 0);
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
            stack.services("voting", "gateway");
            List<MessageView> open = new ArrayList<>();
            for (int c = 0; c < proposals; c++) {
                open.add(crowd.get(c).runs("#votes-" + c, "/proposal", Map.of("title", "Benchmark " + c))
                        .awaitReply(m -> !m.embeds().isEmpty(), Duration.ofSeconds(60)));
            }
            System.out.printf(Locale.ROOT, "warm-up: %d clicks at 100/s ...%n", 1_000);
            run("warm-up", discord, crowd, open, 100, 1_000);
            Phase measured;
            if (burst > 0) {
                System.out.printf(Locale.ROOT, "%d clicks at the same instant by %d members on %d proposals ...%n",
                        burst, members, proposals);
                measured = run("burst", discord, crowd, open, Double.POSITIVE_INFINITY, burst);
            } else {
                System.out.printf(Locale.ROOT, "%.0f clicks/s for %.0f s by %d members on %d proposals ...%n", rate,
                        seconds, members, proposals);
                measured = run("measured", discord, crowd, open, rate, (int) (rate * seconds));
            }
            System.out.println();
            System.out.println("| clicks | offered /s | ack p50 ms | ack p99 ms | ack max ms | acks over 3 s "
                    + "| click -> final edit p50 ms | p99 ms | max ms | edits missing |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.0f | %d | %.0f | %.0f | %.0f | %d |%n",
                    measured.clicks(), measured.rate(), measured.ack().p50(), measured.ack().p99(),
                    measured.ack().max(), measured.lateAcks(), measured.edit().p50(), measured.edit().p99(),
                    measured.edit().max(), measured.missingEdits());
            System.out.printf(Locale.ROOT, "%nack p99 / Discord's 3 s limit: %.3f; goals: ack p99 < 50 ms, "
                    + "click -> final edit p99 < 250 ms%n", measured.ack().p99() / DISCORD_LIMIT.toMillis());
        }
        System.exit(0);
    }

    /**
     * {@code n} clicks at a steady rate (infinite: all at once, a burst), then waits for every acknowledgement and edit
     * (or 30 s) and measures them.
     */
    static Phase run(String name, DiscordEmulator discord, List<MemberScript> crowd, List<MessageView> proposals,
                     double rate, int n) throws InterruptedException {
        Random random = new Random(42);
        String[] labels = {"Yes", "No", "Abstain"};
        List<InteractionTicket> tickets = new ArrayList<>(n);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = Double.isInfinite(rate) ? start : start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            MemberScript member = crowd.get(random.nextInt(crowd.size()));
            tickets.add(member.clicks(labels[random.nextInt(labels.length)],
                    proposals.get(random.nextInt(proposals.size()))));
        }
        double offered = n / ((System.nanoTime() - start) / 1e9);
        Instant end = Instant.now().plusSeconds(30);
        Map<String, Instant> edits = new HashMap<>();
        while (Instant.now().isBefore(end)) {
            edits.clear();
            for (BotCall c : discord.calls("PATCH /webhooks/{app}/{token}/messages/@original")) {
                String[] parts = c.path().split("/");
                edits.putIfAbsent(parts[parts.length - 3], c.at());
            }
            long done = tickets.stream().filter(t -> edits.containsKey(discord.interactionToken(t.id()))).count();
            if (done == n) {
                break;
            }
            Thread.sleep(500);
        }
        long[] ack = new long[n];
        long[] edit = new long[n];
        int acks = 0;
        int shown = 0;
        long late = 0;
        for (InteractionTicket t : tickets) {
            if (t.ackedAt().isPresent()) {
                Duration d = Duration.between(t.createdAt(), t.ackedAt().get());
                ack[acks++] = d.toNanos();
                if (d.compareTo(DISCORD_LIMIT) > 0) {
                    late++;
                }
            } else {
                late++;
            }
            Instant edited = edits.get(discord.interactionToken(t.id()));
            if (edited != null) {
                edit[shown++] = Duration.between(t.createdAt(), edited).toNanos();
            }
        }
        return new Phase(name, n, offered, Percentiles.of(ack, acks), Percentiles.of(edit, shown), late, n - shown);
    }
}
