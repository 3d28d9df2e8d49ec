package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.CreateChannel;
import community.platform.contracts.scheduler.ConfigureJob;
import community.platform.contracts.scheduler.RunJobNow;
import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail;
import community.platform.voting.VotingServiceApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suggestions ("wishes") through real JDA, the emulator, the gateway, voting and the scheduler (platform time 600
 * times faster): 🌟 votes match what Discord shows, live and after the gateway and voting were down; a channel wish
 * that crossed its threshold meanwhile gets exactly one channel; deleted wishes are withdrawn, unreadable ones kept
 * and reported; two guilds never see each other's wishes; the weekly summary comes at the guild's own time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuggestionsE2E {

    static final double SCALE = 600;
    static final Duration ROUND_TRIP = Duration.ofSeconds(60);
    static final String STAR = "🌟";
    static final String BOARD = "#suggestions";

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Instant SINCE = Instant.now();
    static DiscordEmulator discord;
    static GuildScript wishful;
    static MemberScript admin;
    /** 30 members; with the owner, 31 people: a channel wish needs 21 stars at 67 % */
    static final List<MemberScript> members = new ArrayList<>();
    static MemberScript musicBot;
    static GuildScript elsewhere;
    static RunningApp voting;
    static RunningApp scheduler;
    static RunningApp gateway;
    static TopicTail events;

    @BeforeAll
    static void start() {
        events = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.VOTING_EVENTS.name()));
        discord = DiscordEmulator.start();
        wishful = discord.createGuild("Wishful");
        wishful.textChannel("suggestions");
        wishful.textChannel("ideas");
        wishful.textChannel("general");
        admin = wishful.owner();
        for (int i = 0; i < 30; i++) {
            members.add(wishful.member("member" + i));
        }
        musicBot = wishful.botMember("music");
        elsewhere = discord.createGuild("Elsewhere");
        elsewhere.textChannel("wishes");
        elsewhere.textChannel("general");
        voting = startVoting();
        scheduler = ModerationE2E.startScheduler(infra, SCALE, SINCE);
        gateway = ProposalVotingE2E.startGateway(discord, infra);
        // the guild's scheduled reconciliation off (every 15 platform minutes is every 1.5 s here, and would correct
        // what a sync must find); syncReports runs it on demand
        try (CommandSender sender = new CommandSender(infra.bootstrapServers())) {
            String guild = Long.toString(wishful.id());
            sender.send(infra.topic(Topics.SCHEDULER_COMMANDS.name()), guild, new ConfigureJob(guild,
                    "discord-reconciliation", null, null, false));
        }
        Await.until("the guild's reconciliation job off", ROUND_TRIP, () -> EmulatedDiscord.counted(infra,
                "select count(*) from scheduler.guild_job where job = 'discord-reconciliation' and not enabled"
                        + " and guild_id = '" + wishful.id() + "'") == 1);
        assertThat(run(admin, "#general", "/wishes settings", Map.of("channel", wishful.channelId("suggestions"))))
                .contains("suggestions channel <#" + wishful.channelId("suggestions") + ">", "67%");
    }

    static RunningApp startVoting() {
        // a run waits 10 platform hours (60 s here) for the gateway's answers, not the 2 minutes (0.2 s here) of the
        // default
        List<String> args = new ArrayList<>(List.of("--platform.service=voting", "--voting.wishes.sync-patience=10h"));
        args.addAll(ModerationE2E.clock(SCALE, SINCE));
        return RunningApp.start(VotingServiceApplication.class, infra, args);
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, scheduler, voting, discord, events);
    }

    /** Runs a command and waits for its answer's text. */
    static String run(MemberScript member, String channel, String command, Map<String, ?> options) {
        InteractionTicket t = member.runs(channel, command, options);
        return t.awaitReply(m -> !m.text().isBlank(), ROUND_TRIP).text();
    }

    /** Wishes a wish and returns its message on the board once posted. */
    static MessageView wish(GuildScript guild, MemberScript member, String board, String category, String text) {
        String answer = run(member, "#general", "/wish", Map.of("category", category, "text", text));
        assertThat(answer).contains("is sent to");
        int number = Integer.parseInt(answer.replaceAll("(?s).*Wish #(\\d+).*", "$1"));
        Await.until("Wish #" + number + " on the board", ROUND_TRIP, () -> boardMessage(guild, board, number) != null);
        MessageView posted = boardMessage(guild, board, number);
        Await.until("Wish #" + number + "'s message known and tracked", ROUND_TRIP, () -> EmulatedDiscord.counted(
                infra, "select count(*) from gateway.tracked_message where message_id = " + posted.id()) == 1);
        return posted;
    }

    static MessageView boardMessage(GuildScript guild, String board, int number) {
        return guild.messages(board).stream().filter(m -> m.text().contains("Wish #" + number + " ·")).findFirst()
                .orElse(null);
    }

    static long votes(long messageId) {
        return EmulatedDiscord.counted(infra, "select votes from voting.wish where message_id = " + messageId);
    }

    static String status(long messageId) {
        try (var c = java.sql.DriverManager.getConnection(infra.jdbcUrl(), "postgres", "postgres");
             var rs = c.createStatement().executeQuery("select status from voting.wish where message_id = "
                     + messageId)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Members who star it on Discord, bots not counted: what the votes must equal. */
    static long humansStarring(GuildScript guild, String board, long messageId) {
        return guild.reactors(board, messageId, STAR).stream().filter(id -> id != discord.botUserId()
                && id != musicBot.id()).count();
    }

    static void awaitVotesAsDiscordShows(MessageView wish) {
        Await.until("the votes of message " + wish.id() + " equal Discord's " + STAR + " of members", ROUND_TRIP,
                () -> votes(wish.id()) == humansStarring(wishful, BOARD, wish.id()));
    }

    static MessageView videos;
    static MessageView channelWish;
    static MessageView doomed;

    @Test
    @Order(1)
    @DisplayName("30 members star a wish, 5 take their star back, a bot stars it: the votes are exactly 25; the bot's own star never counts")
    void starsCounted() {
        videos = wish(wishful, members.get(0), BOARD, "Videos", "A speedrun series");
        assertThat(videos.embeds().get(0).title()).isEqualTo(STAR + " Wish #1 · videos");
        assertThat(wishful.reactors(BOARD, videos.id(), STAR)).as("the bot's own star, the first").containsExactly(
                discord.botUserId());
        members.forEach(m -> m.reacts(BOARD, videos.id(), STAR));
        musicBot.reacts(BOARD, videos.id(), STAR);
        members.subList(0, 5).forEach(m -> m.unreacts(BOARD, videos.id(), STAR));
        Await.until("25 votes", ROUND_TRIP, () -> votes(videos.id()) == 25);
        Await.holds("still 25 (neither bot counted)", Duration.ofSeconds(2), () -> votes(videos.id()) == 25);
        assertThat(run(members.get(7), "#general", "/wishes top", Map.of("category", "videos")))
                .contains("Top wishes · videos", "1. #1 A speedrun series — 25 " + STAR);
    }

    @Test
    @Order(2)
    @DisplayName("the gateway and voting down while members star and unstar, a channel wish crosses 67 % and a wish is deleted: after the restart the votes are Discord's, exactly one channel exists and the wish is granted, the deleted one withdrawn")
    void downtimeReconciled() throws Exception {
        channelWish = wish(wishful, members.get(1), BOARD, "channels", "Speedrunning");
        doomed = wish(wishful, members.get(2), BOARD, "other", "Movie nights");
        members.subList(0, 5).forEach(m -> m.reacts(BOARD, channelWish.id(), STAR));
        Await.until("5 votes on the channel wish", ROUND_TRIP, () -> votes(channelWish.id()) == 5);

        gateway.close();
        voting.close();
        members.subList(5, 21).forEach(m -> m.reacts(BOARD, channelWish.id(), STAR));
        members.subList(10, 20).forEach(m -> m.unreacts(BOARD, videos.id(), STAR));
        members.subList(0, 3).forEach(m -> m.reacts(BOARD, videos.id(), STAR));
        wishful.deleteMessage(BOARD, doomed.id());
        assertThat(humansStarring(wishful, BOARD, channelWish.id())).isEqualTo(21);
        voting = startVoting();
        gateway = ProposalVotingE2E.startGateway(discord, infra);

        awaitVotesAsDiscordShows(videos);
        assertThat(votes(videos.id())).isEqualTo(18);
        Await.until("the channel wish granted with 21 votes", ROUND_TRIP, () -> "GRANTED".equals(
                status(channelWish.id())));
        assertThat(votes(channelWish.id())).isEqualTo(21);
        Await.until("its channel created", ROUND_TRIP, () -> wishful.textChannels().contains("speedrunning"));
        Await.until("the grant announced", ROUND_TRIP, () -> wishful.messages(BOARD).stream().anyMatch(m ->
                m.text().contains("Wish #2 is granted by 21 " + STAR)));
        Await.until("the deleted wish withdrawn", ROUND_TRIP, () -> "WITHDRAWN".equals(status(doomed.id())));
        Await.until("the granted wish shows it", ROUND_TRIP, () -> wishful.message(BOARD, channelWish.id()).text()
                .contains("Granted"));

        // the same channel asked for again, as a redelivery (same action id) and as another replica's retry after a
        // crash (a new id): still one channel
        String topic = wishful.topic("speedrunning");
        CreateChannel again = new CreateChannel(Long.toString(wishful.id()), "speedrunning", topic, null, "again");
        String actionId;
        try (var c = java.sql.DriverManager.getConnection(infra.jdbcUrl(), "postgres", "postgres");
             var rs = c.createStatement().executeQuery("select channel_action_id from voting.wish where message_id = "
                     + channelWish.id())) {
            rs.next();
            actionId = rs.getString(1);
        }
        try (CommandSender sender = new CommandSender(infra.bootstrapServers())) {
            sender.send(infra.topic(Topics.DISCORD_ACTIONS.name()), again.key(), actionId, again);
            UUID retry = UUID.randomUUID();
            sender.send(infra.topic(Topics.DISCORD_ACTIONS.name()), again.key(), retry.toString(), again);
            Await.until("the retry performed", ROUND_TRIP, () -> EmulatedDiscord.counted(infra,
                    "select count(*) from gateway.performed_action where action_id = '" + retry + "'") == 1);
        }
        assertThat(wishful.textChannels().stream().filter("speedrunning"::equals)).hasSize(1);
        Await.holds("one announcement", Duration.ofSeconds(2), () -> wishful.messages(BOARD).stream()
                .filter(m -> m.text().contains("is granted by")).count() == 1);
    }

    @Test
    @Order(3)
    @DisplayName("/wishes sync (admins): a bulk removal Discord reported in one event is corrected, an unreadable channel's wish is kept and reported as an error; members may not sync")
    void syncReports() {
        assertThat(run(members.get(3), "#general", "/wishes sync", Map.of())).contains("Only members who may manage");
        assertThat(run(admin, "#general", "/wishes settings", Map.of("channel", wishful.channelId("ideas"))))
                .contains("<#" + wishful.channelId("ideas") + ">");
        MessageView hidden = wish(wishful, members.get(4), "#ideas", "other", "A quiz night");
        members.subList(0, 4).forEach(m -> m.reacts("#ideas", hidden.id(), STAR));
        Await.until("4 votes on the quiz", ROUND_TRIP, () -> votes(hidden.id()) == 4);
        wishful.overwrite("#ideas", discord.botUserId(), 0, Permissions.VIEW_CHANNEL);

        // a moderator clears the stars at once: Discord sends one event no vote follows; the scheduler's
        // reconciliation job (run now) corrects it
        wishful.removeReactions(BOARD, videos.id(), STAR);
        Await.holds("nothing told voting of the bulk removal", Duration.ofSeconds(1), () -> votes(videos.id()) == 18);
        try (CommandSender sender = new CommandSender(infra.bootstrapServers())) {
            String guild = Long.toString(wishful.id());
            sender.send(infra.topic(Topics.SCHEDULER_COMMANDS.name()), guild, new RunJobNow(guild,
                    "discord-reconciliation", "test"));
        }
        Await.until("the reconciliation job corrected it", ROUND_TRIP, () -> votes(videos.id()) == 0);

        // and again, with /wishes sync saying what it did
        members.subList(0, 3).forEach(m -> m.reacts(BOARD, videos.id(), STAR));
        Await.until("3 stars again", ROUND_TRIP, () -> votes(videos.id()) == 3);
        wishful.removeReactions(BOARD, videos.id(), STAR);
        String report = run(admin, "#general", "/wishes sync", Map.of());
        assertThat(report).contains("Synced 2 wishes with Discord: 1 updated · 0 withdrawn · 1 error · 0 channels");
        assertThat(votes(videos.id())).isZero();
        assertThat(status(hidden.id())).isEqualTo("OPEN");
        assertThat(votes(hidden.id())).isEqualTo(4);
        assertThat(EmulatedDiscord.counted(infra, "select count(*) from gateway.tracked_message where message_id = "
                + hidden.id())).as("still tracked").isEqualTo(1);
        wishful.overwrite("#ideas", discord.botUserId(), Permissions.VIEW_CHANNEL, 0);
        run(admin, "#general", "/wishes settings", Map.of("channel", wishful.channelId("suggestions")));
    }

    @Test
    @Order(4)
    @DisplayName("two guilds never see each other's wishes: numbers, top lists and votes are per guild; a wish the bot may not post is withdrawn and its author told")
    void guildsApart() {
        MemberScript owner = elsewhere.owner();
        MemberScript visitor = elsewhere.member("member0");
        // first a board the bot may not post in: the wish never reaches it, and its author is told why
        elsewhere.overwrite("#general", discord.botUserId(), 0, Permissions.SEND_MESSAGES);
        run(owner, "#wishes", "/wishes settings", Map.of("channel", elsewhere.channelId("general")));
        assertThat(run(visitor, "#wishes", "/wish", Map.of("category", "other", "text", "Never shown")))
                .contains("Wish #1 is sent to");
        Await.until("its author told it could not be posted", ROUND_TRIP, () -> visitor.directMessages().stream()
                .anyMatch(m -> m.text().contains("Wish #1") && m.text().contains("could not be posted")));
        elsewhere.overwrite("#general", discord.botUserId(), Permissions.SEND_MESSAGES, 0);
        run(owner, "#general", "/wishes settings", Map.of("channel", elsewhere.channelId("wishes")));
        MessageView theirs = wish(elsewhere, visitor, "#wishes", "videos", "Cooking streams");
        assertThat(theirs.embeds().get(0).title()).isEqualTo(STAR + " Wish #2 · videos");
        visitor.reacts("#wishes", theirs.id(), STAR);
        Await.until("their vote", ROUND_TRIP, () -> votes(theirs.id()) == 1);
        assertThat(run(visitor, "#general", "/wishes top", Map.of("category", "videos")))
                .contains("Cooking streams").doesNotContain("A speedrun series");
        assertThat(run(members.get(0), "#general", "/wishes top", Map.of("category", "videos")))
                .contains("A speedrun series").doesNotContain("Cooking streams");
    }

    @Test
    @Order(5)
    @DisplayName("an admin declines a wish with a reason and grants another: each author told by DM, or in the board mentioning them when their DMs are closed; a member may not decide; the events are published")
    void decisionsTold() {
        MemberScript hopeful = members.get(8);
        MemberScript closed = members.get(9);
        closed.closesDms();
        MessageView declined = wish(wishful, hopeful, BOARD, "other", "A second speedrun series");
        MessageView granted = wish(wishful, closed, BOARD, "videos", "Patch notes read aloud");
        int declinedNumber = number(declined);
        int grantedNumber = number(granted);
        assertThat(run(members.get(3), "#general", "/wishes grant", Map.of("wish", grantedNumber)))
                .contains("Only members who may manage");
        assertThat(run(admin, "#general", "/wishes decline", Map.of("wish", declinedNumber, "reason",
                "We have one already"))).contains("Wish #" + declinedNumber + " is declined");
        assertThat(run(admin, "#general", "/wishes grant", Map.of("wish", grantedNumber)))
                .contains("Wish #" + grantedNumber + " is granted");
        Await.until("the author told by DM", ROUND_TRIP, () -> hopeful.directMessages().stream().anyMatch(m ->
                m.text().contains("Your Wish #" + declinedNumber + " was declined: We have one already")));
        Await.until("the author whose DMs are closed told in the board", ROUND_TRIP, () -> wishful.messages(BOARD)
                .stream().anyMatch(m -> m.text().contains("<@" + closed.id() + ">") && m.text().contains(
                        "Your Wish #" + grantedNumber + " was granted")));
        Await.until("the wishes show their status", ROUND_TRIP, () -> wishful.message(BOARD, declined.id()).text()
                .contains("Declined: We have one already") && wishful.message(BOARD, granted.id()).text()
                .contains("Granted"));
        assertThat(run(admin, "#general", "/wishes grant", Map.of("wish", grantedNumber))).contains("granted already");
        assertThat(run(members.get(3), "#general", "/wishes top", Map.of("category", "videos", "page", 2)))
                .contains("No open wishes in videos on page 2 (of 1)");
        List<String> types = events.awaitUntil(r -> r.stream().anyMatch(e -> e.ceType().endsWith("WishDeclined.v1")),
                ROUND_TRIP).stream().map(TopicTail.Received::ceType).distinct().toList();
        assertThat(types).contains("voting.WishPosted.v1", "voting.WishVotesChanged.v1", "voting.WishGranted.v1",
                "voting.WishWithdrawn.v1", "voting.WishDeclined.v1");
    }

    static int number(MessageView wish) {
        return Integer.parseInt(wish.embeds().get(0).title().replaceAll(".*Wish #(\\d+).*", "$1"));
    }

    @Test
    @Order(6)
    @DisplayName("the weekly summary comes at the guild's own time (platform time), with the week's top, new and granted wishes and a chart")
    void weeklySummary() {
        Instant platformNow = SINCE.plus(Duration.between(SINCE, Instant.now()).multipliedBy((long) SCALE));
        ZonedDateTime at = platformNow.plus(Duration.ofHours(3)).atZone(ZoneOffset.UTC);
        String day = at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        String time = String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute());
        assertThat(run(admin, "#general", "/wishes settings", Map.of("summary", day + " " + time)))
                .contains("the weekly summary every " + day.toUpperCase(Locale.ROOT) + " at " + time + " UTC");
        Await.until("the weekly summary posted", ROUND_TRIP, () -> wishful.messages(BOARD).stream()
                .anyMatch(m -> m.text().contains("Wishes this week")));
        MessageView summary = wishful.messages(BOARD).stream().filter(m -> m.text().contains("Wishes this week"))
                .findFirst().orElseThrow();
        assertThat(summary.text()).contains("Top · videos", "Top · channels", "New this week", "#1", "#2",
                "Granted this week");
        assertThat(summary.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("wishes.png");
            assertThat(a.contentType()).isEqualTo("image/png");
            assertThat(summary.embeds().get(0).image()).as("the chart shown in the embed").isEqualTo(a.url());
        });
    }
}
