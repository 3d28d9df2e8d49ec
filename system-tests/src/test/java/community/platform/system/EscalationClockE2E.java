package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.testkit.Await;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The escalation clock with the default rules (quorum 3, 24 - 8 x votes hours), end to end at 3,600 times real time
 * (an hour a second): a vote that moves the clock into the past resolves the escalation at once instead of leaving it
 * open with no clock that will ever fire.
 */
class EscalationClockE2E {

    static final double SCALE = 3600;
    static final Duration ROUND_TRIP = ModerationE2E.ROUND_TRIP;

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Instant SINCE = Instant.now();
    static DiscordEmulator discord;
    static GuildScript guild;
    static final List<MemberScript> moderators = new ArrayList<>();
    static RunningApp moderation;
    static RunningApp scheduler;
    static RunningApp gateway;

    @BeforeAll
    static void start() {
        discord = DiscordEmulator.start();
        guild = discord.createGuild("Clockwork");
        guild.textChannel("mod-votes");
        long moderator = guild.role("Moderator", Permissions.MODERATE_MEMBERS | Permissions.BAN_MEMBERS
                | Permissions.KICK_MEMBERS);
        for (int i = 1; i <= 3; i++) {
            moderators.add(guild.member("keeper" + i, moderator));
        }
        moderation = ModerationE2E.startModeration(infra, SCALE, SINCE);
        scheduler = ModerationE2E.startScheduler(infra, SCALE, SINCE);
        gateway = ProposalVotingE2E.startGateway(discord, infra);
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, scheduler, moderation, discord);
    }

    static MemberScript mod(int n) {
        return moderators.get(n - 1);
    }

    /** Platform time now, as every service computes it. */
    static Instant platformNow() {
        Instant real = Instant.now();
        return SINCE.plusMillis((long) (Duration.between(SINCE, real).toMillis() * SCALE));
    }

    static Instant openedAt(String escalationId) throws Exception {
        return Instant.ofEpochMilli(EmulatedDiscord.count(infra, "select (extract(epoch from opened_at) * 1000)::bigint"
                + " from moderation.escalation where escalation_id = " + escalationId));
    }

    static void awaitPlatformHour(Instant opened, double hours) {
        Instant at = opened.plusSeconds((long) (hours * 3600));
        Await.until("platform time " + hours + " h after the opening", ROUND_TRIP, () -> platformNow().isAfter(at));
    }

    @Test
    @DisplayName("opened at 0 h, a vote at 1 h (clock 16 h), a vote at 15 h (clock 8 h, already past): resolved at once by the clock")
    void voteThatMovesTheClockIntoThePastResolvesAtOnce() throws Exception {
        MemberScript troll = guild.member("troll-late-vote");
        MessageView voting = ModerationE2E.escalate(mod(1), troll, "late votes");
        String id = ModerationE2E.escalationId(voting);
        Instant opened = openedAt(id);
        awaitPlatformHour(opened, 1);
        ModerationE2E.click(mod(1), "Ban", voting, "<@" + mod(1).id() + "> ban");
        awaitPlatformHour(opened, 15);
        MessageView resolved = ModerationE2E.click(mod(2), "Ban", voting, "Resolved: Ban");
        assertThat(resolved.text()).contains("the clock ran out");
        Await.until("the ban", ROUND_TRIP, () -> guild.banReason(troll.id()) != null);
        assertThat(EmulatedDiscord.count(infra, "select count(*) from moderation.mod_case where escalation_id = " + id
                + " and why = 'TIMEOUT'")).isEqualTo(1);
    }

    @Test
    @DisplayName("a tie at quorum reached two hours after the opening has run the default clock out: broken at once, most severe")
    void tieAtQuorumLateIsBrokenAtOnce() throws Exception {
        MemberScript troll = guild.member("troll-late-tie");
        MessageView voting = ModerationE2E.escalate(mod(1), troll, "a late tie");
        String id = ModerationE2E.escalationId(voting);
        Instant opened = openedAt(id);
        awaitPlatformHour(opened, 2);
        ModerationE2E.click(mod(1), "Track", voting, "<@" + mod(1).id() + "> track");
        ModerationE2E.click(mod(2), "Kick", voting, "<@" + mod(2).id() + "> kick");
        MessageView resolved = ModerationE2E.click(mod(3), "Ban", voting, "Resolved: Ban");
        assertThat(resolved.text()).contains("the clock ran out on a tie, broken to the most severe");
        Await.until("the ban", ROUND_TRIP, () -> guild.banReason(troll.id()) != null);
        assertThat(EmulatedDiscord.count(infra, "select count(*) from moderation.escalation where escalation_id = " + id
                + " and resolution = 'BAN' and resolved_why = 'TIE_AT_TIMEOUT'")).isEqualTo(1);
    }
}
