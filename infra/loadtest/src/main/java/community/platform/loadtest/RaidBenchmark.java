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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One raid voted on by {@code --members} members within {@code --seconds} seconds (each picks two days, then a time:
 * their vote is full with the time), one run, with the emulator's Discord-like rate limits on (faults off, so runs
 * compare); the gateway, the raid service and the scheduler run as their own JVMs. Printed: picks, the raid message's
 * edits and edits per pick (one edit per pick would be 1), and vote -> updated message p50/p99: from a member's
 * completing pick to the first edit of the raid message that lists them. Run with
 * {@code bin/benchmark raids [--members N] [--seconds S]}.
 */
public final class RaidBenchmark {

    public static void main(String[] args) throws Exception {
        BenchmarkArgs options = BenchmarkArgs.parse(args, "bin/benchmark raids [--members N] [--seconds S]",
                "--members", "--seconds");
        int members = options.whole("--members", 200);
        int seconds = options.whole("--seconds", 10);
        try (EmulatedStack stack = EmulatedStack.start("raid-benchmark")) {
            DiscordEmulator discord = stack.discord();
            GuildScript guild = discord.createGuild("Benchmark");
            guild.textChannel("raids");
            MemberScript leader = guild.member("leader");
            List<MemberScript> crowd = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                crowd.add(guild.member(String.format(Locale.ROOT, "m%04d", m)));
            }
            stack.services("raid", "scheduler", "gateway");

            Duration answer = Duration.ofSeconds(60);
            InteractionTicket form = leader.runs("#raids", "/raidplan");
            Instant opened = Instant.now().plus(answer);
            while (form.modal().isEmpty() && Instant.now().isBefore(opened)) {
                Thread.sleep(20);
            }
            MessageView raid = leader.submits(form, Map.of("dungeon", "Benchmark Keep", "days", "Fri, Sat, Sun",
                    "times", "19:00, 21:00", "group", "8")).awaitReply(m -> !m.embeds().isEmpty(), answer);
            String editRoute = "PATCH /channels/{channel}/messages/{message}";
            int editsBefore = edits(discord, editRoute, raid).size();
            System.out.printf(Locale.ROOT, "%d members voting on one raid within %d s ...%n", members, seconds);
            long pace = seconds * 1_000_000_000L / members;
            long start = System.nanoTime();
            List<InteractionTicket> completing = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                long due = start + m * pace;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                MemberScript member = crowd.get(m);
                member.picks("Days you can make", raid, "Fri", "Sat");
                completing.add(member.picks("Times you can make", raid, "21:00"));
            }
            double clicking = (System.nanoTime() - start) / 1e9;
            Instant wait = Instant.now().plusSeconds(120);
            long[] latencies = new long[members];
            int shown = 0;
            while (Instant.now().isBefore(wait)) {
                List<BotCall> edits = edits(discord, editRoute, raid);
                shown = 0;
                for (int m = 0; m < members; m++) {
                    String name = crowd.get(m).name();
                    Instant clicked = completing.get(m).createdAt();
                    Instant first = edits.stream().filter(c -> !c.at().isBefore(clicked) && c.body().toString()
                            .contains(name)).map(BotCall::at).findFirst().orElse(null);
                    if (first != null) {
                        latencies[shown++] = Duration.between(clicked, first).toNanos();
                    }
                }
                if (shown == members) {
                    break;
                }
                Thread.sleep(500);
            }
            Percentiles latency = Percentiles.of(latencies, shown);
            int edits = edits(discord, editRoute, raid).size() - editsBefore;
            int picks = members * 2;
            System.out.println();
            System.out.println("| members | picks | clicking s | listed | raid message edits | edits per pick "
                    + "| vote -> updated message p50 ms | p99 ms |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %d | %d | %.3f | %.0f | %.0f |%n", members, picks,
                    clicking, shown, edits, edits / (double) picks, latency.p50(), latency.p99());
            System.out.printf(Locale.ROOT, "%nan edit per pick would be 1.000; the raid waits raid.edit-interval"
                    + " (3 s) after the first pick it has not shown, then shows every pick since in one edit%n");
        }
        System.exit(0);
    }

    static List<BotCall> edits(DiscordEmulator discord, String route, MessageView raid) {
        return discord.calls(route).stream().filter(c -> c.path().endsWith("/" + raid.id())).toList();
    }
}
