package community.platform.loadtest;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.BotCall;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign stage started for a whole guild, one run, with the emulator's Discord-like rate limits on (faults off,
 * so runs compare): the gateway, the voting service and the scheduler run as their own JVMs. A campaign's stage is
 * started for {@code --members} members: the time until every DM ballot is delivered, none lost, none answered 429,
 * and the delivered DMs per second beside the pace the limits allow (opening a DM channel: 10 per 10 s). Then
 * {@code --voters} members submit an investment from their DM ballot at the same instant: submit -> confirmation
 * p50/p99. Run with {@code bin/benchmark governance [--members N] [--voters N]}.
 */
public final class GovernanceBenchmark {

    /** What the emulator allows for opening DM channels (RateLimiter: POST /users/@me/channels, 10 per 10 s). */
    static final double DM_OPENS_PER_SECOND = 1.0;
    static final int DM_OPEN_BURST = 10;

    public static void main(String[] args) throws Exception {
        BenchmarkArgs options = BenchmarkArgs.parse(args, "bin/benchmark governance [--members N] [--voters N]",
                "--members", "--voters");
        int members = options.whole("--members", 1_000);
        int voters = Math.min(options.whole("--voters", 200), members);
        try (EmulatedStack stack = EmulatedStack.start("governance-benchmark")) {
            DiscordEmulator discord = stack.discord();
            GuildScript guild = discord.createGuild("Benchmark");
            guild.textChannel("proposals");
            MemberScript chair = guild.member("chair", guild.role("Chair", 1L << 5));
            List<MemberScript> crowd = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                crowd.add(guild.member("member" + m));
            }
            stack.services("voting", "scheduler", "gateway");
            try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), "postgres", "postgres")) {
                Instant listed = Instant.now().plusSeconds(120);
                while (count(c, "select count(*) from voting.guild_member") < members + 1
                        && Instant.now().isBefore(listed)) {
                    Thread.sleep(200);
                }
            }

            Duration answer = Duration.ofSeconds(60);
            chair.runs("#proposals", "/campaign create", Map.of("title", "Benchmark league", "stages", 1,
                    "hours", 48)).awaitReply(m -> !m.text().isBlank(), answer);
            chair.runs("#proposals", "/campaign scenario", Map.of("campaign", 1, "stage", 1, "title",
                    "Dungeon race")).awaitReply(m -> !m.text().isBlank(), answer);
            int callsBefore = discord.callCount();
            Instant opened = Instant.now();
            chair.runs("#proposals", "/campaign start", Map.of("campaign", 1))
                    .awaitReply(m -> m.text().contains("is open"), answer);
            String number = "1";
            System.out.printf(Locale.ROOT, "Campaign #1's stage 1 started: sending %d DM ballots ...%n", members);
            Duration limit = Duration.ofSeconds((long) (members / DM_OPENS_PER_SECOND * 2 + 120));
            Instant end = opened.plus(limit);
            Map<MemberScript, MessageView> ballots = new HashMap<>();
            while (ballots.size() < members && Instant.now().isBefore(end)) {
                for (MemberScript m : crowd) {
                    if (!ballots.containsKey(m)) {
                        m.directMessages().stream().filter(d -> d.text().contains("Campaign #" + number)).findFirst()
                                .ifPresent(d -> ballots.put(m, d));
                    }
                }
                Thread.sleep(500);
            }
            Instant last = ballots.values().stream().map(MessageView::createdAt).max(Instant::compareTo)
                    .orElse(Instant.now());
            double seconds = Duration.between(opened, last).toMillis() / 1000.0;
            long limited = discord.callsSince(callsBefore).stream()
                    .filter(c -> c.status() == 429).count();
            double bound = members <= DM_OPEN_BURST ? members / Math.max(seconds, 0.001)
                    : members / ((members - DM_OPEN_BURST) / DM_OPENS_PER_SECOND);

            System.out.printf(Locale.ROOT, "%d of %d members investing at once from their DM ballot ...%n", voters,
                    members);
            List<InteractionTicket> forms = new ArrayList<>();
            for (int v = 0; v < voters && v < ballots.size(); v++) {
                MemberScript m = crowd.get(v);
                if (ballots.containsKey(m)) {
                    forms.add(m.clicks("Invest tokens", ballots.get(m)));
                }
            }
            for (InteractionTicket f : forms) {
                Instant open = Instant.now().plusSeconds(30);
                while (f.modal().isEmpty() && Instant.now().isBefore(open)) {
                    Thread.sleep(20);
                }
            }
            int clicksFrom = discord.callCount();
            List<InteractionTicket> clicks = new ArrayList<>();
            for (int v = 0; v < forms.size(); v++) {
                clicks.add(crowd.get(v).submits(forms.get(v), Map.of("tokens", "3")));
            }
            Instant wait = Instant.now().plusSeconds(60);
            Map<String, Instant> confirmed = new HashMap<>();
            while (confirmed.size() < clicks.size() && Instant.now().isBefore(wait)) {
                confirmed.clear();
                for (BotCall call : discord.callsSince(clicksFrom, "PATCH /webhooks/{app}/{token}/messages/@original")) {
                    String[] parts = call.path().split("/");
                    confirmed.putIfAbsent(parts[parts.length - 3], call.at());
                }
                confirmed.keySet().retainAll(clicks.stream().map(t -> discord.interactionToken(t.id())).toList());
                Thread.sleep(200);
            }
            long[] latencies = new long[clicks.size()];
            int n = 0;
            for (InteractionTicket t : clicks) {
                Instant at = confirmed.get(discord.interactionToken(t.id()));
                if (at != null) {
                    latencies[n++] = Duration.between(t.createdAt(), at).toNanos();
                }
            }
            Percentiles confirmation = Percentiles.of(latencies, n);

            System.out.println();
            System.out.println("| members | DMs delivered | lost | answered 429 | seconds | DMs/s | bound DMs/s "
                    + "| ratio | investors | confirmed | submit -> confirmation p50 ms | p99 ms |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %.2f | %.2f | %.2f | %d | %d | %.0f | %.0f |%n",
                    members, ballots.size(), members - ballots.size(), limited, seconds,
                    ballots.size() / Math.max(seconds, 0.001), bound,
                    ballots.size() / Math.max(seconds, 0.001) / bound, clicks.size(), n, confirmation.p50(),
                    confirmation.p99());
            System.out.printf(Locale.ROOT, "%nbound: opening a DM channel is limited to %d per %d s, so %d members"
                    + " take at least %.0f s after the first %d%n", DM_OPEN_BURST, (int) (DM_OPEN_BURST
                    / DM_OPENS_PER_SECOND), members, Math.max(0, members - DM_OPEN_BURST) / DM_OPENS_PER_SECOND,
                    DM_OPEN_BURST);
        }
        System.exit(0);
    }

    static long count(Connection c, String sql) {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return 0;
        }
    }
}
