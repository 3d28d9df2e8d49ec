package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.BotCall;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.RunJobNow;
import community.platform.raid.RaidServiceApplication;
import community.platform.testkit.CommandSender;
import community.platform.testkit.Await;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Raids through real JDA, the emulator, the gateway, the raid service and the scheduler (platform time 60 times real
 * time in the raid service and the scheduler: a minute of voice is a second here): a raid planned in a form, 50
 * members voting at once on its selects, its message edited a handful of times with exactly the fully voted members
 * by name and no mention allowed; the raid's role given to the fully voted and deleted when it finishes; the raid list
 * and the roster kept current, the list posted again when a member deletes it; two finishes at the same instant make
 * one attendance; a finished raid refuses votes; old selects work after the gateway and the raid service restarted;
 * a member who leaves disappears from the open raid and the roster; the stale sweep closes a raid whose last time
 * passed; voice XP for members in voice (not the AFK channel); operator commands refused to a guild admin; the
 * calendar feed, read by an iCalendar parser, holds the guild's open raids only; two guilds apart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RaidE2E {

    static final Duration ROUND_TRIP = Duration.ofSeconds(60);
    /** Discord lets a bot change members' roles about 10 times in 10 seconds per guild: 50 grants take a while. */
    static final Duration ROLES = Duration.ofSeconds(150);
    static final double SCALE = 60;
    static final java.time.Instant SINCE = java.time.Instant.now();
    static final String ROLE = "Raid #1 · Frost Keep";
    static final String DAYS = "Days you can make";
    static final String TIMES = "Times you can make";

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static DiscordEmulator discord;
    static GuildScript guild;
    static MemberScript leader;
    static MemberScript admin;
    static MemberScript operator;
    static MemberScript drifter;
    static final List<MemberScript> members = new ArrayList<>();
    static GuildScript other;
    static RunningApp raid;
    static RunningApp scheduler;
    static RunningApp gateway;
    static MessageView raidMessage;

    @BeforeAll
    static void start() {
        discord = DiscordEmulator.start();
        guild = discord.createGuild("Raiders");
        guild.textChannel("raids");
        guild.textChannel("raid-list");
        guild.voiceChannel("General");
        guild.voiceChannel("AFK");
        guild.afkChannel("AFK");
        leader = guild.member("leader");
        // an operator of the platform who administers this guild too (Discord shows the operator commands only to
        // administrators); the guild's owner is no operator
        operator = guild.member("operator", guild.role("Admin", 1L << 3));
        drifter = guild.member("drifter");
        admin = guild.owner();
        for (int i = 0; i < 50; i++) {
            members.add(guild.member("raider" + i));
        }
        other = discord.createGuild("Others");
        other.textChannel("raids");
        raid = startRaid();
        scheduler = ModerationE2E.startScheduler(infra, SCALE, SINCE);
        gateway = startGateway();
    }

    static RunningApp startRaid() {
        List<String> args = new ArrayList<>(List.of("--platform.service=raid",
                // a raid's message waits 3 real seconds for more picks, as it does at the default in real time
                "--raid.edit-interval=180s"));
        args.addAll(ModerationE2E.clock(SCALE, SINCE));
        return RunningApp.start(RaidServiceApplication.class, infra, args);
    }

    /** The gateway with one operator of the platform (not a member of any guild's staff). */
    static RunningApp startGateway() {
        List<String> args = new ArrayList<>(EmulatedDiscord.args(discord));
        args.add("--gateway.operators=" + operator.id());
        RunningApp app = RunningApp.start(community.platform.gateway.GatewayServiceApplication.class, infra, args);
        discord.awaitBot(ROUND_TRIP);
        return app;
    }

    static String run(MemberScript member, String channel, String command, Map<String, ?> options) {
        return member.runs(channel, command, options).awaitReply(m -> !m.text().isBlank(), ROUND_TRIP).text();
    }

    static MessageView board(String title) {
        return guild.messages("raid-list").stream().filter(m -> m.text().contains(title)).reduce((a, b) -> b)
                .orElse(null);
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, scheduler, raid, discord);
    }

    static MessageView plan(GuildScript in, MemberScript by, String dungeon) {
        InteractionTicket form = by.runs("#raids", "/raidplan");
        Await.until("the raid form", ROUND_TRIP, () -> form.modal().isPresent());
        return plan(by, form, dungeon, "Fri\nSat\nSun");
    }

    static MessageView plan(MemberScript by, InteractionTicket form, String dungeon, String days) {
        return by.submits(form, Map.of("dungeon", dungeon, "days", days, "times", "19:00, 21:00",
                "group", "8", "note", "Bring potions")).awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
    }

    static MessageView now(GuildScript in, MessageView m) {
        return in.message("raids", m.id());
    }

    static long count(String sql) {
        return EmulatedDiscord.counted(infra, sql);
    }

    @Test
    @Order(1)
    @DisplayName("a raid planned in a form; 50 members vote at once: every vote recorded, the message lists exactly the fully voted members by name, edited a handful of times with no mention allowed")
    void fiftyVoteAtOnce() {
        raidMessage = plan(guild, leader, "Frost Keep");
        assertThat(raidMessage.text()).contains("⚔️ Raid #1 · Frost Keep", "Bring potions", "Voted (0)");
        int editsBefore = edits(raidMessage).size();
        List<InteractionTicket> clicks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            MemberScript m = members.get(i);
            clicks.add(m.picks(DAYS, raidMessage, "Fri", "Sat"));
            if (i % 5 != 0) {
                clicks.add(m.picks(TIMES, raidMessage, "21:00"));
            }
        }
        clicks.forEach(t -> assertThat(t.awaitAck(Duration.ofSeconds(3))).isPresent());
        Await.until("every vote recorded", ROUND_TRIP, () -> count("select count(*) from raid.raid_vote where raid_id = "
                + raidId() + " and cardinality(days) = 2") == 50 && count("select count(*) from raid.raid_vote"
                + " where cardinality(times) = 1") == 40);
        Await.until("the message shows the 40 fully voted", ROUND_TRIP, () -> now(guild, raidMessage).text()
                .contains("Voted (40)"));
        String shown = now(guild, raidMessage).text();
        java.util.Set<String> listed = new java.util.TreeSet<>();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("raider\\d+").matcher(shown);
        while (names.find()) {
            listed.add(names.group());
        }
        java.util.Set<String> full = new java.util.TreeSet<>();
        for (int i = 0; i < 50; i++) {
            if (i % 5 != 0) {
                full.add("raider" + i);
            }
        }
        assertThat(listed).as("exactly the members who voted a day and a time").isEqualTo(full);
        assertThat(shown).contains("Fri 21:00 (40 of 40)").doesNotContain("<@");
        List<BotCall> edits = edits(raidMessage).subList(editsBefore, edits(raidMessage).size());
        assertThat(edits.size()).as("edits for 90 picks").isBetween(1, 20);
        assertThat(edits).allSatisfy(c -> assertThat(c.body().path("allowed_mentions").path("parse").isArray()
                && c.body().path("allowed_mentions").path("parse").isEmpty()).as("no mention allowed").isTrue());
        Await.until("the raid's role given to the 40 fully voted", ROLES, () -> guild.roleNames().contains(ROLE)
                && guild.membersWithRole(ROLE).size() == 40);
        assertThat(guild.roleNames()).as("one role, however often it was asked for").containsOnlyOnce(ROLE);
    }

    static String raidId() {
        // the raid's row is written with its reply; its message id only once the gateway reported the reply
        return Long.toString(count("select raid_id from raid.raid where raid_number = 1 and guild_id = " + guild.id()));
    }

    static List<BotCall> edits(MessageView m) {
        return discord.calls("PATCH /channels/{channel}/messages/{message}").stream()
                .filter(c -> c.path().endsWith("/" + m.id())).toList();
    }

    @Test
    @Order(2)
    @DisplayName("the gateway and the raid service restarted mid-vote: the old selects still work, nothing lost")
    void restartMidVote() {
        gateway.close();
        raid.close();
        raid = startRaid();
        gateway = startGateway();
        for (int i = 0; i < 50; i += 5) {
            members.get(i).picks(TIMES, now(guild, raidMessage), "19:00", "21:00");
        }
        Await.until("all 50 fully voted", ROUND_TRIP, () -> now(guild, raidMessage).text().contains("Voted (50)"));
        Await.until("the role given to all 50", ROLES, () -> guild.membersWithRole(ROLE).size() == 50);
    }

    @Test
    @Order(3)
    @DisplayName("the raid list and the roster kept in their channel; the list deleted by a member is posted again")
    void boards() {
        // Discord hides /raidlist from members without Manage Server; one who calls it anyway is refused
        assertThat(leader.runsForged("#raid-list", "/raidlist", Map.of()).awaitReply(m -> !m.text().isBlank(),
                ROUND_TRIP).text()).contains("Only members who may manage");
        assertThat(run(admin, "#raid-list", "/raidlist", Map.of())).contains("posted in <#"
                + guild.channelId("raid-list") + ">");
        Await.until("the raid list", ROUND_TRIP, () -> board("Open raids (1)") != null
                && board("Open raids (1)").text().contains("Raid #1 · Frost Keep") && board("Open raids (1)").text()
                .contains("50 voted"));
        long first = board("Open raids").id();
        guild.deleteMessage("raid-list", first);
        Await.until("the raid list posted again", ROUND_TRIP, () -> board("Open raids (1)") != null
                && board("Open raids (1)").id() != first);
        assertThat(run(admin, "#raid-list", "/raidlist", Map.of("board", "roster"))).contains("posted in");
        Await.until("the roster", ROUND_TRIP, () -> board("Roster (50)") != null);
        assertThat(board("Roster (50)").text()).contains("raider7 — 0 raids");
    }

    @Test
    @Order(4)
    @DisplayName("two finishes at the same instant: one attendance, each counter +1 once; a member may not finish; a vote recorded after the finish is refused")
    void finishOnce() {
        InteractionTicket refused = members.get(1).clicks("Finish", now(guild, raidMessage));
        Await.until("a member refused", ROUND_TRIP, () -> members.get(1).ephemeralIn("#raids").stream()
                .anyMatch(m -> m.text().contains("Only the raid's leader")));
        assertThat(refused.awaitAck(Duration.ofSeconds(3))).isPresent();
        // the raid service away: the two finishes and a late pick wait on the raid's key, in the order clicked
        raid.close();
        MessageView before = now(guild, raidMessage);
        InteractionTicket byLeader = leader.clicks("Finish", before);
        InteractionTicket byAdmin = admin.clicks("Finish", before);
        InteractionTicket late = members.get(3).picks(DAYS, before, "Sun");
        for (InteractionTicket t : List.of(byLeader, byAdmin, late)) {
            assertThat(t.awaitAck(Duration.ofSeconds(3))).isPresent();
        }
        raid = startRaid();
        Await.until("finished", ROUND_TRIP, () -> now(guild, raidMessage).text().contains("Finished: 50 present"));
        assertThat(count("select count(*) from raid.raid_attendance where raid_id = " + raidId())).isEqualTo(50);
        assertThat(count("select count(*) from raid.raid_participation where raids = 1")).isEqualTo(50);
        assertThat(count("select count(*) from raid.raid_participation where raids > 1")).isZero();
        Map<String, Boolean> told = new ConcurrentHashMap<>();
        Await.until("the other finisher told it is finished already", ROUND_TRIP, () -> {
            told.put("leader", leader.ephemeralIn("#raids").stream().anyMatch(m -> m.text().contains("already")));
            told.put("admin", admin.ephemeralIn("#raids").stream().anyMatch(m -> m.text().contains("already")));
            return told.values().stream().filter(b -> b).count() == 1;
        });
        Await.until("the late pick refused", ROUND_TRIP, () -> members.get(3).ephemeralIn("#raids").stream()
                .anyMatch(m -> m.text().contains("finished: votes are closed")));
        assertThat(count("select count(*) from raid.raid_vote where member_id = " + members.get(3).id()
                + " and 2 = any(days)")).as("Sun not recorded").isZero();
        assertThat(now(guild, raidMessage).selects()).isEmpty();
        Await.until("the raid's role deleted", ROLES, () -> !guild.roleNames().contains(ROLE));
        Await.until("the roster counts the raid", ROUND_TRIP, () -> board("Roster (50)").text()
                .contains("raider7 — 1 raid"));
        Await.until("the raid list without it", ROUND_TRIP, () -> board("Open raids (0)") != null);
    }

    @Test
    @Order(5)
    @DisplayName("a member who leaves disappears from the open raid and the roster; the stale sweep closes a raid whose last time passed: message, role, list")
    void leaverAndStale() {
        MessageView moon = plan(guild, leader, "Moon Pit");
        assertThat(moon.text()).contains("Raid #2 · Moon Pit");
        drifter.picks(DAYS, moon, "Sat");
        drifter.picks(TIMES, moon, "19:00");
        members.get(2).picks(DAYS, moon, "Sat");
        members.get(2).picks(TIMES, moon, "21:00");
        Await.until("both listed", ROUND_TRIP, () -> now(guild, moon).text().contains("Voted (2)"));
        Await.until("the drifter on the roster", ROUND_TRIP, () -> board("Roster (51)") != null);
        drifter.leavesGuild();
        Await.until("the drifter gone from the raid", ROUND_TRIP, () -> now(guild, moon).text().contains("Voted (1)")
                && !now(guild, moon).text().contains("drifter"));
        Await.until("and from the roster", ROUND_TRIP, () -> board("Roster (50)") != null
                && !board("Roster (50)").text().contains("drifter"));
        leader.clicks("Cancel", now(guild, moon));
        Await.until("the raid cancelled", ROUND_TRIP, () -> now(guild, moon).text().contains("Cancelled"));

        // a raid whose only day passed three days ago: the sweep (the scheduler's, every platform hour, or run now)
        // closes it stale-hours after its last time
        String past = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(3).toString();
        InteractionTicket form = leader.runs("#raids", "/raidplan");
        Await.until("the raid form", ROUND_TRIP, () -> form.modal().isPresent());
        MessageView old = plan(leader, form, "Sunken Crypt", past);
        assertThat(old.text()).contains("Raid #3 · Sunken Crypt");
        try (CommandSender sender = new CommandSender(infra.bootstrapServers())) {
            String g = Long.toString(guild.id());
            sender.send(infra.topic(Topics.SCHEDULER_COMMANDS.name()), g, new RunJobNow(g, "stale-raid-sweep",
                    "test"));
        }
        Await.until("the stale raid closed", ROUND_TRIP, () -> now(guild, old).text().contains("last time passed"));
        assertThat(now(guild, old).selects()).isEmpty();
        Await.until("its role reported", ROUND_TRIP, () -> count("select count(*) from raid.raid where close_reason ="
                + " 'STALE' and role_id is not null") == 1);
        Await.until("and deleted", ROLES, () -> !guild.roleNames().contains("Raid #3 · Sunken Crypt"));
        assertThat(count("select count(*) from raid.raid where close_reason = 'STALE'")).isEqualTo(1);
        Await.until("the raid list without them", ROUND_TRIP, () -> board("Open raids (0)") != null);
    }

    @Test
    @Order(6)
    @DisplayName("voice XP: a member in a voice channel earns it by the minute and stops when they leave; the AFK channel earns nothing; /xp and the leaderboard")
    void voiceXp() {
        MemberScript talker = members.get(10);
        MemberScript idle = members.get(11);
        talker.joinsVoice("General");
        idle.joinsVoice("AFK");
        // a platform minute is a real second here: the voice-XP tick credits every whole minute
        Await.until("XP for minutes in voice", ROUND_TRIP, () -> count("select coalesce(max(minutes), 0) from"
                + " raid.voice_xp where member_id = " + talker.id()) >= 3);
        talker.leavesVoice();
        Await.until("the session closed", ROUND_TRIP, () -> count("select count(*) from raid.voice_session where"
                + " member_id = " + talker.id()) == 0);
        long earned = count("select xp from raid.voice_xp where member_id = " + talker.id());
        Await.holds("no XP after leaving", Duration.ofSeconds(3), () -> count("select xp from raid.voice_xp where"
                + " member_id = " + talker.id()) == earned);
        assertThat(count("select count(*) from raid.voice_xp where member_id = " + idle.id())).as("AFK").isZero();
        assertThat(run(talker, "#raids", "/xp", Map.of())).contains(earned + " XP", "rank #1");
        assertThat(run(idle, "#raids", "/xp", Map.of("board", "leaderboard"))).contains("#1 raider10 — " + earned
                + " XP");
        idle.leavesVoice();
    }

    @Test
    @Order(7)
    @DisplayName("operator commands: refused to the guild's owner, who is no operator; an operator lists servers, reads another's raids and asks for a backup")
    void operators() {
        for (String command : List.of("/remote_guilds", "/backup_db")) {
            assertThat(run(admin, "#raids", command, Map.of())).contains("Only the platform's operators");
        }
        assertThat(run(admin, "#raids", "/remote_raidlist", Map.of("guild", Long.toString(other.id()))))
                .contains("Only the platform's operators");
        assertThat(run(admin, "#raids", "/remote_cancel_all_raids", Map.of("guild", Long.toString(guild.id()))))
                .contains("Only the platform's operators");
        assertThat(run(operator, "#raids", "/remote_guilds", Map.of())).contains(Long.toString(guild.id()));
        assertThat(run(operator, "#raids", "/remote_raidlist", Map.of("guild", Long.toString(guild.id()))))
                .contains("0 open raids");
        assertThat(run(operator, "#raids", "/backup_db", Map.of())).contains("backup run");
        Await.until("the scheduler ran the backup", ROUND_TRIP, () -> count("select count(*) from"
                + " scheduler.job_run where job = 'backup' and trigger = 'manual'") >= 1);
    }

    @Test
    @Order(8)
    @DisplayName("two guilds apart: another guild's raid and votes leave this one untouched")
    void guildsApart() {
        MemberScript stranger = other.member("stranger");
        MessageView theirs = plan(other, stranger, "Ember Vault");
        stranger.picks(DAYS, theirs, "Fri");
        stranger.picks(TIMES, theirs, "19:00");
        Await.until("their raid shows their vote", ROUND_TRIP, () -> now(other, theirs).text().contains("Voted (1)")
                && now(other, theirs).text().contains("stranger"));
        assertThat(now(guild, raidMessage).text()).doesNotContain("stranger").contains("Finished: 50 present");
        assertThat(count("select count(*) from raid.raid_vote v join raid.raid r using (raid_id) where r.guild_id = "
                + guild.id() + " and v.member_id = " + stranger.id())).isZero();
    }

    @Test
    @Order(9)
    @DisplayName("the calendar feed: its link for admins only; an iCalendar parser reads the guild's open raids and nothing else")
    void calendar() throws Exception {
        // the guild's dungeon list and a template: a plan off the list is refused, the template plans without a form
        assertThat(run(admin, "#raids", "/settings", Map.of("setting", "dungeons", "value",
                "Ember Hall, Night Watch"))).contains("dungeons is now Ember Hall, Night Watch");
        InteractionTicket offList = leader.runs("#raids", "/raidplan");
        Await.until("the raid form", ROUND_TRIP, () -> offList.modal().isPresent());
        assertThat(leader.submits(offList, Map.of("dungeon", "Moon Pit", "days", "Sat", "times", "19:00", "group",
                "8")).awaitReply(m -> !m.text().isBlank(), ROUND_TRIP).text()).contains(
                "not on this server's dungeon list");
        InteractionTicket templateForm = admin.runs("#raids", "/template_config", Map.of("name", "hall"));
        Await.until("the template form", ROUND_TRIP, () -> templateForm.modal().isPresent());
        assertThat(admin.submits(templateForm, Map.of("dungeon", "ember hall", "days", "Sat, Sun", "times", "21:00",
                "group", "6")).awaitReply(m -> !m.text().isBlank(), ROUND_TRIP).text()).contains(
                "Template hall saved: Ember Hall");
        assertThat(run(leader, "#raids", "/dungeonlist", Map.of())).contains("Ember Hall, Night Watch",
                "hall — Ember Hall");
        MessageView open = leader.runs("#raids", "/raidplan", Map.of("template", "hall")).awaitReply(
                m -> !m.embeds().isEmpty(), ROUND_TRIP);
        assertThat(open.text()).contains("Raid #4 · Ember Hall", "Sun: 0");
        leader.picks(DAYS, open, "Sat");
        leader.picks(TIMES, open, "21:00");
        Await.until("the vote shown", ROUND_TRIP, () -> now(guild, open).text().contains("Voted (1)"));
        assertThat(run(leader, "#raids", "/raid calendar", Map.of())).contains("Only members who may manage");
        String answer = run(admin, "#raids", "/raid calendar", Map.of());
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/calendar/[0-9a-f]+\\.ics").matcher(answer);
        assertThat(link.find()).as(answer).isTrue();
        assertThat(run(admin, "#raids", "/raid calendar", Map.of())).as("the same link again").contains(link.group());
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                + raid.port() + link.group())).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/calendar"));
        net.fortuna.ical4j.model.Calendar feed = new net.fortuna.ical4j.data.CalendarBuilder().build(
                new java.io.StringReader(response.body()));
        List<net.fortuna.ical4j.model.component.VEvent> events = feed.getComponents(
                net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(events).extracting(e -> e.getProperty(net.fortuna.ical4j.model.Property.SUMMARY).orElseThrow()
                .getValue()).containsExactly("Raid #4 · Ember Hall");
        java.time.Instant platformNow = SINCE.plus(Duration.between(SINCE, java.time.Instant.now())
                .multipliedBy((long) SCALE));
        java.time.LocalDate saturday = platformNow.atZone(java.time.ZoneOffset.UTC).toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY));
        assertThat(events.get(0).getProperty(net.fortuna.ical4j.model.Property.DTSTART).orElseThrow().getValue())
                .as("its best slot, in UTC (the guild's default zone)").isEqualTo(saturday.toString().replace("-", "")
                        + "T210000Z");
        assertThat(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                + raid.port() + "/calendar/0000.ics")).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("an unknown link").isEqualTo(404);
    }

    @Test
    @Order(10)
    @DisplayName("reminders on a durable timer before the chosen slot: a DM to each member who can make it, one nudge naming who has not voted")
    void reminders() {
        java.time.Instant platformNow = SINCE.plus(Duration.between(SINCE, java.time.Instant.now())
                .multipliedBy((long) SCALE));
        // 50 platform minutes ahead (50 s here): the reminder is due 30 minutes before, in about 20 s
        var slot = platformNow.plus(Duration.ofMinutes(50)).atZone(java.time.ZoneOffset.UTC);
        String day = slot.toLocalDate().toString();
        String time = String.format("%02d:%02d", slot.getHour(), slot.getMinute());
        InteractionTicket form = leader.runs("#raids", "/raidplan");
        Await.until("the raid form", ROUND_TRIP, () -> form.modal().isPresent());
        MessageView watch = leader.submits(form, Map.of("dungeon", "Night Watch", "days", day, "times", time,
                "group", "8")).awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        for (MemberScript m : List.of(members.get(20), members.get(21))) {
            m.picks(DAYS, watch, day);
            m.picks(TIMES, watch, time);
        }
        Await.until("both voted", ROUND_TRIP, () -> now(guild, watch).text().contains("Voted (2)"));
        Await.until("each voter reminded by DM", ROUND_TRIP, () -> List.of(members.get(20), members.get(21)).stream()
                .allMatch(m -> m.directMessages().stream().anyMatch(d -> d.text().contains("⏰ Raid #5 · Night Watch"
                        + " starts"))));
        Await.until("one nudge naming who has not voted", ROUND_TRIP, () -> guild.messages("raids").stream()
                .anyMatch(m -> m.text().contains("Night Watch starts") && m.text().contains("Not voted yet")));
        // this raid's nudges: Raid #1's own reminder fires too when the class runs within its lead of that raid's
        // slot (its days are this week's Fri, Sat and Sun on the platform's clock, which runs 60 times faster)
        List<MessageView> nudges = guild.messages("raids").stream().filter(m -> m.text().contains("Not voted yet")
                && m.text().contains("Raid #5 · Night Watch")).toList();
        assertThat(nudges).hasSize(1);
        assertThat(nudges.get(0).text()).contains("raider22", "leader").doesNotContain("raider20,", "raider21,")
                .doesNotContain("<@");
        assertThat(members.get(22).directMessages()).noneMatch(d -> d.text().contains("Night Watch"));
    }

    @Test
    @Order(11)
    @DisplayName("/purge: Discord's bulk delete of the channel's latest messages, the one older than 14 days left and said so; the boards it deleted are posted again")
    void purge() {
        guild.postedDaysAgo("raid-list", "raider30", "an old note", 20);
        for (int i = 0; i < 3; i++) {
            members.get(30 + i).says("#raid-list", "chatter " + i);
        }
        long boards = guild.messages("raid-list").stream().filter(m -> m.text().contains("Open raids")
                || m.text().contains("Roster")).count();
        assertThat(run(admin, "#raid-list", "/purge", Map.of("count", 100))).contains("Deleted " + (3 + boards)
                + " messages; 1 older than 14 days left");
        assertThat(discord.calls("POST /channels/{channel}/messages/bulk-delete")).hasSize(1);
        Await.until("the boards posted again", ROUND_TRIP, () -> board("Open raids") != null
                && board("Roster") != null);
        assertThat(guild.messages("raid-list")).anyMatch(m -> m.text().contains("an old note"))
                .noneMatch(m -> m.text().contains("chatter"));
    }
}
