package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.BotCall;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.raid.RaidServiceApplication;
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
 * Raids through real JDA, the emulator, the gateway, the raid service and the scheduler: a raid planned in a form,
 * 50 members voting at once on its selects, its message edited a handful of times with exactly the fully voted
 * members by name and no mention allowed; two finishes at the same instant make one attendance; a finished raid
 * refuses votes; old selects work after the gateway and the raid service restarted; two guilds apart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RaidE2E {

    static final Duration ROUND_TRIP = Duration.ofSeconds(60);
    static final String DAYS = "Days you can make";
    static final String TIMES = "Times you can make";

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static DiscordEmulator discord;
    static GuildScript guild;
    static MemberScript leader;
    static MemberScript admin;
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
        leader = guild.member("leader");
        admin = guild.owner();
        for (int i = 0; i < 50; i++) {
            members.add(guild.member("raider" + i));
        }
        other = discord.createGuild("Others");
        other.textChannel("raids");
        raid = startRaid();
        scheduler = ModerationE2E.startScheduler(infra, 1, java.time.Instant.now());
        gateway = ProposalVotingE2E.startGateway(discord, infra);
    }

    static RunningApp startRaid() {
        return RunningApp.start(RaidServiceApplication.class, infra, List.of("--platform.service=raid"));
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, scheduler, raid, discord);
    }

    static MessageView plan(GuildScript in, MemberScript by, String dungeon) {
        InteractionTicket form = by.runs("#raids", "/raidplan");
        Await.until("the raid form", ROUND_TRIP, () -> form.modal().isPresent());
        return by.submits(form, Map.of("dungeon", dungeon, "days", "Fri\nSat\nSun", "times", "19:00, 21:00",
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
        assertThat(raidMessage.text()).contains("⚔️ Frost Keep", "Bring potions", "Voted (0)");
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
    }

    static String raidId() {
        return Long.toString(count("select raid_id from raid.raid where message_id = " + raidMessage.id()));
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
        gateway = ProposalVotingE2E.startGateway(discord, infra);
        for (int i = 0; i < 50; i += 5) {
            members.get(i).picks(TIMES, now(guild, raidMessage), "19:00", "21:00");
        }
        Await.until("all 50 fully voted", ROUND_TRIP, () -> now(guild, raidMessage).text().contains("Voted (50)"));
    }

    @Test
    @Order(3)
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
    }

    @Test
    @Order(4)
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
}
