package community.platform.loadtest;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.BotCall;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.MemberScript;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /wishes sync} over {@code --wishes} wishes with up to {@code --max-stars} 🌟 each, against the emulator with
 * Discord's rate limits on (faults off, so runs compare); the gateway, voting and the scheduler run as their own JVMs.
 * The wishes' messages and stars exist on "Discord" before the gateway connects and voting knows none of the stars,
 * so every wish is reconciled. Prints the time to the sync's answer, the reaction-list requests made beside the fewest
 * the paging needs (a message with n reactions, the bot's included, takes n / 100 + 1 pages of 100: the last one
 * short or empty), and that time beside the bound the rate limits set (those requests at the global 50 per second;
 * the emulator, like Discord, publishes no tighter limit for the route). Run with
 * {@code bin/benchmark reconcile [--wishes N] [--max-stars N]}.
 */
public final class ReconcileBenchmark {

    static final String ROUTE = "GET /channels/{channel}/messages/{message}/reactions/{emoji}";
    static final double GLOBAL_PER_SECOND = 50;
    static final int PAGE = 100;

    public static void main(String[] args) throws Exception {
        BenchmarkArgs options = BenchmarkArgs.parse(args, "bin/benchmark reconcile [--wishes N] [--max-stars N]",
                "--wishes", "--max-stars");
        int wishes = options.whole("--wishes", 500);
        int maxStars = options.whole("--max-stars", 200);
        try (EmulatedStack stack = EmulatedStack.start("reconcile-benchmark")) {
            DiscordEmulator discord = stack.discord();
            GuildScript guild = discord.createGuild("Benchmark");
            long board = guild.textChannel("suggestions");
            guild.textChannel("general");
            MemberScript admin = guild.owner();
            List<MemberScript> crowd = new ArrayList<>();
            for (int m = 0; m < maxStars; m++) {
                crowd.add(guild.member("member" + m));
            }
            // the wishes' messages and their stars, there before the gateway connects (no events reach it)
            long[] messages = new long[wishes];
            int[] stars = new int[wishes];
            long minimum = 0;
            long humanStars = 0;
            for (int w = 0; w < wishes; w++) {
                messages[w] = guild.botPosted("suggestions", "🌟 Wish #" + (w + 1) + " · videos");
                guild.botReacts("suggestions", messages[w], "🌟");
                stars[w] = (int) ((w * 37L) % (maxStars + 1));
                for (int s = 0; s < stars[w]; s++) {
                    crowd.get(s).reacts("suggestions", messages[w], "🌟");
                }
                minimum += (stars[w] + 1) / PAGE + 1;
                humanStars += stars[w];
            }
            stack.services("voting", "scheduler", "gateway");

            System.out.printf(Locale.ROOT, "/wishes sync over %d wishes (%d stars of members) ...%n", wishes,
                    humanStars);
            int before = discord.callCount();
            Instant asked = Instant.now();
            String answer = admin.runs("#general", "/wishes sync", Map.of())
                    .awaitReply(m -> m.text().contains("Synced"), Duration.ofMinutes(15)).text();
            Instant answered = Instant.now();
            List<BotCall> made = discord.callsSince(before, ROUTE);
            long limited = made.stream().filter(c -> c.status() == 429).count();
            long requests = made.size() - limited;
            double seconds = Duration.between(asked, answered).toMillis() / 1000.0;
            // reading Discord ends with the last list; the rest is publishing the lists and storing the votes
            double reading = made.isEmpty() ? 0 : Duration.between(asked, made.stream().map(BotCall::at)
                    .max(Instant::compareTo).orElseThrow()).toMillis() / 1000.0;
            double bound = minimum / GLOBAL_PER_SECOND;
            long stored;
            try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), "postgres", "postgres");
                 var rs = c.createStatement().executeQuery("select coalesce(sum(votes), 0) from voting.wish")) {
                rs.next();
                stored = rs.getLong(1);
            }

            System.out.println();
            System.out.println(answer);
            System.out.println();
            System.out.println("| wishes | member stars | stored after | seconds to the answer | of which reading Discord "
                    + "| requests | fewest the paging needs | answered 429 | bound s (fewest at 50/s) "
                    + "| bound / seconds |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %d | %d | %d | %.1f | %.2f |%n", wishes,
                    humanStars, stored, seconds, reading, requests, minimum, limited, bound, bound / seconds);
        }
        System.exit(0);
    }

    /** The guild's settings and its open wishes, as /wish would have left them, none of their stars counted. */
    static void seed(Connection c, long guild, long board, long[] messages) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                insert into voting.wish_settings (guild_id, channel_id, categories, threshold_percent, changed_by,
                                                  changed_at) values (?, ?, '{videos,other,channels}', 67, 0, now())""")) {
            s.setLong(1, guild);
            s.setLong(2, board);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into voting.wish (wish_id, guild_id, number, category, text, author_id, channel_id,
                                         post_action_id, message_id, posted_at)
                values (?, ?, ?, 'videos', ?, 0, ?, ?, ?, now())""")) {
            for (int w = 0; w < messages.length; w++) {
                s.setLong(1, messages[w]);
                s.setLong(2, guild);
                s.setInt(3, w + 1);
                s.setString(4, "Wish " + (w + 1));
                s.setLong(5, board);
                s.setObject(6, UUID.randomUUID());
                s.setLong(7, messages[w]);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into voting.wish_counter (guild_id, last_number) values (?, ?)")) {
            s.setLong(1, guild);
            s.setInt(2, messages.length);
            s.executeUpdate();
        }
    }
}
