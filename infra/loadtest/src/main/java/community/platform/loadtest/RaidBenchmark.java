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
 * completing pick (the k-th) to the first edit of the raid message that counts k fully voted members; the private
 * answers and the role grants (Discord paces those, about 10 per 10 s per guild) with when the last was done; the
 * raid's state at the end. Run with
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
            int votesFrom = discord.callCount();
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
            java.util.regex.Pattern voted = java.util.regex.Pattern.compile("Voted \\((\\d+)\\)");
            while (Instant.now().isBefore(wait)) {
                // the k-th completing pick is shown once an edit counts k fully voted members (the raid records picks
                // in the order the gateway took them; the names themselves are cut to fit Discord's field)
                List<long[]> shownAt = new ArrayList<>();
                for (BotCall c : edits(discord, votesFrom, editRoute, raid)) {
                    java.util.regex.Matcher m = voted.matcher(c.body().toString());
                    if (m.find()) {
                        shownAt.add(new long[] {c.at().toEpochMilli(), Long.parseLong(m.group(1))});
                    }
                }
                shown = 0;
                for (int m = 0; m < members; m++) {
                    long clicked = completing.get(m).createdAt().toEpochMilli();
                    int rank = m + 1;
                    Long first = shownAt.stream().filter(e -> e[0] >= clicked && e[1] >= rank).map(e -> e[0])
                            .findFirst().orElse(null);
                    if (first != null) {
                        latencies[shown++] = (first - clicked) * 1_000_000L;
                    }
                }
                if (shown == members) {
                    break;
                }
                Thread.sleep(500);
            }
            Percentiles latency = Percentiles.of(latencies, shown);
            int edits = edits(discord, votesFrom, editRoute, raid).size();
            int picks = members * 2;
            System.out.println();
            System.out.println("| members | picks | clicking s | shown | raid message edits | edits per pick "
                    + "| vote -> updated message p50 ms | p99 ms |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %d | %d | %.3f | %.0f | %.0f |%n", members, picks,
                    clicking, shown, edits, edits / (double) picks, latency.p50(), latency.p99());
            Instant t0 = completing.get(0).createdAt();
            System.out.printf(Locale.ROOT, "%nraid message edits at (s after the first vote): %s%n", String.join(", ",
                    edits(discord, votesFrom, editRoute, raid).stream().map(c -> String.format(Locale.ROOT,
                    "%.1f", Duration.between(t0, c.at()).toMillis() / 1000.0)).toList()));
            List<BotCall> followups = discord.callsSince(votesFrom, "POST /webhooks/{app}/{token}");
            List<BotCall> roles = discord.callsSince(votesFrom, "PUT /guilds/{guild}/members/{user}/roles/{role}");
            System.out.printf(Locale.ROOT, "private answers: %d, the last %.1f s after the first vote; role grants: %d,"
                    + " the last %.1f s after%n", followups.size(), followups.isEmpty() ? 0.0 : Duration.between(t0,
                    followups.get(followups.size() - 1).at()).toMillis() / 1000.0, roles.size(), roles.isEmpty() ? 0.0
                    : Duration.between(t0, roles.get(roles.size() - 1).at()).toMillis() / 1000.0);
            try (var c = java.sql.DriverManager.getConnection(stack.jdbcUrl(), "postgres", "postgres");
                 var rs = c.createStatement().executeQuery("select r.edit_pending, (select count(*) from raid.raid_vote"
                         + " v where v.raid_id = r.raid_id and cardinality(v.times) > 0), t.state, t.generation,"
                         + " t.due_at from raid.raid r left join scheduler.timer t on t.owner = 'raid' and t.timer_id ="
                         + " 'edit-' || r.raid_id")) {
                while (rs.next()) {
                    System.out.printf(Locale.ROOT, "at the end: edit pending %s, %d full votes stored, the edit"
                            + " timer %s (generation %d, due %s)%n", rs.getBoolean(1), rs.getLong(2), rs.getString(3),
                            rs.getLong(4), rs.getTimestamp(5));
                }
            }
            System.out.printf(Locale.ROOT, "%nan edit per pick would be 1.000; the raid waits raid.edit-interval"
                    + " (3 s) after the first pick it has not shown, then shows every pick since in one edit%n");
        }
        System.exit(0);
    }

    /** The raid message's edits from the {@code from}-th call on. */
    static List<BotCall> edits(DiscordEmulator discord, int from, String route, MessageView raid) {
        return discord.callsSince(from, route).stream().filter(c -> c.path().endsWith("/" + raid.id())).toList();
    }
}
