package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.Interaction.Ack;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.moderation.ModerationServiceApplication;
import community.platform.scheduler.SchedulerServiceApplication;
import community.platform.testkit.Await;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Escalations end to end: moderators in the Discord emulator -> the real JDA client in the gateway -> Kafka ->
 * moderation service (and the scheduler for the clock) -> outbox -> Kafka -> gateway -> Discord actions. Platform time
 * runs 360 times faster, from one instant for every service.
 */
class ModerationE2E {

    static final Duration DEADLINE = ProposalVotingE2E.DEADLINE;
    static final Duration ROUND_TRIP = Duration.ofSeconds(60);
    static final double SCALE = 360;
    static final long MANAGE_SERVER = 1L << 5;

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Instant SINCE = Instant.now();
    static DiscordEmulator discord;
    static GuildScript mods;
    static GuildScript night;
    static GuildScript elsewhere;
    static GuildScript warned;
    static GuildScript refusing;
    static MemberScript refusingMod;
    static MemberScript judge;
    static List<MemberScript> moderators = new ArrayList<>();
    static MemberScript nightMod;
    static MemberScript nightMod2;
    static MemberScript mallory;
    static MemberScript bob;
    static RunningApp moderation;
    static RunningApp scheduler;
    static RunningApp gateway;

    @BeforeAll
    static void start() {
        discord = DiscordEmulator.start();
        mods = discord.createGuild("Mods");
        mods.textChannel("mod-votes");
        long moderator = mods.role("Moderator", Permissions.MODERATE_MEMBERS | Permissions.KICK_MEMBERS
                | Permissions.BAN_MEMBERS | MANAGE_SERVER);
        for (int i = 1; i <= 5; i++) {
            moderators.add(mods.member("mod" + i, moderator));
        }
        bob = mods.member("bob");
        night = discord.createGuild("Night shift");
        night.textChannel("mod-votes");
        long nightRole = night.role("Moderator", Permissions.MODERATE_MEMBERS | MANAGE_SERVER);
        nightMod = night.member("owl", nightRole);
        nightMod2 = night.member("bat", nightRole);
        elsewhere = discord.createGuild("Elsewhere");
        elsewhere.textChannel("mod-votes");
        mallory = elsewhere.member("mallory", elsewhere.role("Moderator", Permissions.MODERATE_MEMBERS));
        warned = discord.createGuild("Warnings");
        warned.textChannel("mod-votes");
        judge = warned.member("judge", warned.role("Moderator", Permissions.MODERATE_MEMBERS | MANAGE_SERVER));
        // a guild that did not give the bot Ban Members
        refusing = discord.createGuild("Refusing");
        refusing.textChannel("mod-votes");
        refusing.textChannel("bot-log");
        refusing.botPermissions(Permissions.BOT_DEFAULTS & ~Permissions.BAN_MEMBERS);
        refusingMod = refusing.member("stern", refusing.role("Moderator", Permissions.MODERATE_MEMBERS
                | Permissions.BAN_MEMBERS | MANAGE_SERVER));
        moderation = startModeration(infra, SCALE, SINCE);
        scheduler = startScheduler(infra, SCALE, SINCE);
        gateway = ProposalVotingE2E.startGateway(discord, infra);
    }

    /** Platform time runs {@code scale} times faster from {@code since}, the same in every service. */
    static List<String> clock(double scale, Instant since) {
        return List.of("--platform.time.scale=" + scale, "--platform.time.since=" + since);
    }

    static RunningApp startModeration(RealInfra infra, double scale, Instant since) {
        List<String> args = new ArrayList<>(List.of("--platform.service=moderation"));
        args.addAll(clock(scale, since));
        return RunningApp.start(ModerationServiceApplication.class, infra, args);
    }

    static RunningApp startScheduler(RealInfra infra, double scale, Instant since) {
        List<String> args = new ArrayList<>(List.of("--platform.service=scheduler", "--db-scheduler.shutdown-max-wait=2s"));
        args.addAll(clock(scale, since));
        return RunningApp.start(SchedulerServiceApplication.class, infra, args);
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, scheduler, moderation, discord);
    }

    /** Waits until the message, as it is now in {@code #mod-votes}, says {@code text}. */
    static MessageView awaitShown(GuildScript guild, MessageView message, String text) {
        Await.until("the message to say '" + text + "'", ROUND_TRIP, () -> {
            MessageView now = guild.message("mod-votes", message.id());
            return now != null && now.text().contains(text);
        });
        return guild.message("mod-votes", message.id());
    }

    static MemberScript mod(int n) {
        return moderators.get(n - 1);
    }

    static MessageView escalate(MemberScript moderator, MemberScript member, String reason) {
        InteractionTicket t = moderator.runs("#mod-votes", "/escalate", Map.of("member", Long.toString(member.id()),
                "reason", reason));
        assertThat(t.awaitAck(DEADLINE)).contains(Ack.DEFER_REPLY);
        return t.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
    }

    /** The vote buttons of an escalation's message (not its immediate actions). */
    static List<MessageView.ButtonView> votes(MessageView voting) {
        return voting.buttons().stream().filter(b -> b.customId().startsWith("moderation:vote:")).toList();
    }

    static String escalationId(MessageView voting) {
        return voting.buttons().get(0).customId().split(":")[2];
    }

    static MessageView click(MemberScript moderator, String label, MessageView voting, String until) {
        InteractionTicket t = moderator.clicks(label, voting);
        assertThat(t.awaitAck(DEADLINE)).contains(Ack.DEFER_UPDATE);
        return t.awaitReply(m -> m.text().contains(until), ROUND_TRIP);
    }

    static long count(String sql) throws Exception {
        return EmulatedDiscord.count(infra, sql);
    }

    static long bans(MemberScript member) {
        return discord.calls().stream().filter(c -> c.method().equals("PUT")
                && c.path().contains("/bans/" + member.id()) && c.status() / 100 == 2).count();
    }

    @Test
    @DisplayName("quorum with a clear leader resolves at once: the member is banned with the escalation id in the audit log, the case logged, the buttons disabled")
    void resolvedByQuorum() throws Exception {
        MemberScript troll = mods.member("troll-quorum");
        MessageView voting = escalate(mod(1), troll, "spam in #general");
        assertThat(voting.text()).contains("🚨 Escalation", "<@" + troll.id() + "> is escalated by <@" + mod(1).id(),
                "spam in #general", "Quorum 3");
        assertThat(voting.buttons()).extracting(MessageView.ButtonView::label)
                .containsExactly("Track", "Warning", "Timeout", "Restrict", "Kick", "Ban",
                        "Timeout now", "Restrict now", "Kick now", "Ban now");
        String id = escalationId(voting);
        click(mod(1), "Ban", voting, "<@" + mod(1).id() + "> ban");
        click(mod(2), "Kick", voting, "<@" + mod(2).id() + "> kick");
        MessageView done = click(mod(3), "Ban", voting, "Resolved: Ban");
        assertThat(done.text()).contains("quorum of 3 reached");
        assertThat(votes(done)).allMatch(MessageView.ButtonView::disabled);
        Await.until("the ban", ROUND_TRIP, () -> mods.banReason(troll.id()) != null);
        // what the message says is what Discord did, once it did it
        assertThat(awaitShown(mods, voting, "Banned.").text()).doesNotContain("waiting for Discord");
        assertThat(mods.banReason(troll.id())).contains("Escalation " + id, "Ban");
        assertThat(count("select count(*) from moderation.mod_case where escalation_id = " + id
                + " and resolution = 'BAN' and why = 'QUORUM'")).isEqualTo(1);
        String report = moderatorReport(mod(4), troll);
        // each vote by the name the moderator voted under (kept with the vote, not looked up now)
        assertThat(report).contains("Escalation " + id, mod(1).name() + " ban", mod(2).name() + " kick",
                "Ban (quorum of 3 reached)");
    }

    static void setting(MemberScript admin, String name, String value) {
        InteractionTicket t = admin.runs("#mod-votes", "/modsettings", Map.of("setting", name, "value", value));
        assertThat(t.awaitReply(m -> !m.text().isBlank(), ROUND_TRIP).text()).contains(name + " is now " + value);
    }

    static String moderatorReport(MemberScript moderator, MemberScript member) {
        InteractionTicket t = moderator.runs("#mod-votes", "/modreport", Map.of("member", Long.toString(member.id())));
        return t.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP).text();
    }

    @Test
    @DisplayName("a tie at quorum leaves only the tied options enabled until a vote breaks it")
    void tieThenBroken() {
        // with the default clock (24 - 8 x votes) three votes leave 0 hours: a tie would be broken by the clock at
        // once; 4 hours a vote leave 12 hours to break it by voting
        setting(mod(1), "hours-per-vote", "4");
        MemberScript troll = mods.member("troll-tie");
        MessageView voting = escalate(mod(1), troll, "raiding");
        click(mod(1), "Warning", voting, "Warning: 1");
        click(mod(2), "Kick", voting, "<@" + mod(2).id() + "> kick");
        MessageView tied = click(mod(3), "Ban", voting, "Tied");
        assertThat(votes(tied)).filteredOn(b -> !b.disabled()).extracting(MessageView.ButtonView::label)
                .containsExactly("Warning", "Kick", "Ban");
        InteractionTicket refused = mod(4).clicksCustomId(tied.button("Timeout").customId(), tied);
        refused.awaitFollowup(m -> m.text().contains("only the tied options"), ROUND_TRIP);
        click(mod(4), "Kick", tied, "Resolved: Kick");
        Await.until("the kick", ROUND_TRIP, () -> !mods.isMember(troll.id()));
        awaitShown(mods, tied, "Kicked.");
    }

    @Test
    @DisplayName("a member without the moderator role is refused privately and changes nothing; an escalation id of another guild is refused")
    void refusals() throws Exception {
        MemberScript troll = mods.member("troll-refused");
        MessageView voting = escalate(mod(1), troll, "refusals");
        String id = escalationId(voting);
        InteractionTicket byBob = bob.clicks("Ban", voting);
        byBob.awaitFollowup(m -> m.ephemeral() && m.text().contains("Only moderators may vote"), ROUND_TRIP);
        MessageView there = escalate(mallory, elsewhere.member("spammer"), "elsewhere");
        // this guild's vote button put on a message of another guild, and on another escalation's message
        InteractionTicket forged = mallory.clicksCustomId("moderation:vote:" + id + ":ban", there);
        assertThat(forged.awaitAck(DEADLINE)).contains(Ack.REPLY);
        assertThat(forged.reply().orElseThrow().content()).contains("does not belong to this message");
        MessageView other = escalate(mod(1), mods.member("troll-other"), "another");
        InteractionTicket foreign = mod(2).clicksCustomId("moderation:vote:" + id + ":ban", other);
        assertThat(foreign.awaitAck(DEADLINE)).contains(Ack.REPLY);
        assertThat(foreign.reply().orElseThrow().content()).contains("does not belong to this message");
        // the report's Escalate button on a vote message
        InteractionTicket escalateForged = mod(2).clicksCustomId(
                new community.platform.contracts.moderation.ids.EscalateId(Long.toString(troll.id()), null).format(), other);
        assertThat(escalateForged.awaitAck(DEADLINE)).contains(Ack.REPLY);
        assertThat(escalateForged.reply().orElseThrow().content()).contains("does not belong to this message");
        assertThat(count("select count(*) from moderation.mod_vote where escalation_id = " + id)).isZero();
        assertThat(count("select count(*) from moderation.escalation where member_id = " + troll.id())).isEqualTo(1);
        assertThat(mods.message("mod-votes", other.id()).text()).contains("Quorum 3")
                .doesNotContain("<@" + mod(2).id() + "> ban");
    }

    @Test
    @DisplayName("five moderators clicking at the same instant: each vote counted once, the ban performed once")
    void fiveAtOnce() throws Exception {
        MemberScript troll = mods.member("troll-five");
        MessageView voting = escalate(mod(1), troll, "five at once");
        String id = escalationId(voting);
        List<InteractionTicket> clicks = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            clicks.add(mod(i).clicks("Ban", voting));
        }
        for (InteractionTicket t : clicks) {
            assertThat(t.awaitAck(DEADLINE)).contains(Ack.DEFER_UPDATE);
        }
        Await.until("the ban", ROUND_TRIP, () -> mods.banReason(troll.id()) != null);
        Await.until("every click answered", ROUND_TRIP, () -> clicks.stream().allMatch(t -> t.reply().isPresent()
                || !t.followups().isEmpty()));
        assertThat(count("select count(*) from moderation.mod_vote where escalation_id = " + id)).isEqualTo(3);
        assertThat(count("select count(*) from moderation.mod_case where escalation_id = " + id)).isEqualTo(1);
        awaitShown(mods, voting, "Banned.");
        // every click is answered and Discord's ban reported back: a second ban would have to come now
        Await.holds("one ban", Duration.ofSeconds(2), () -> bans(troll) == 1);
    }

    @Test
    @DisplayName("the clock: with one vote the escalation resolves by itself after base - perVote hours of platform time, through the scheduler")
    void resolvedByTimeout() throws Exception {
        // this guild's clock: 2 h, minus 1 h a vote; at 360x one vote resolves after 10 s
        for (var setting : Map.of("base-hours", "2", "hours-per-vote", "1", "timeout-minutes", "30").entrySet()) {
            setting(nightMod, setting.getKey(), setting.getValue());
        }
        MemberScript sleeper = night.member("sleeper");
        MessageView voting = escalate(nightMod, sleeper, "timeout by the clock");
        click(nightMod2, "Timeout", voting, "<@" + nightMod2.id() + "> timeout");
        Await.until("the timeout by the clock", Duration.ofSeconds(90), sleeper::timedOut);
        Await.until("the message shows what Discord did", ROUND_TRIP, () -> night.lastMessage("mod-votes").text()
                .contains("Timed out for 30 minutes"));
        assertThat(night.lastMessage("mod-votes").text()).contains("Resolved: Timeout", "the clock ran out");
        assertThat(votes(night.lastMessage("mod-votes"))).allMatch(MessageView.ButtonView::disabled);
    }

    @Test
    @DisplayName("buttons keep working after every service was restarted mid-vote")
    void restartMidVote() throws Exception {
        MemberScript troll = mods.member("troll-restart");
        MessageView voting = escalate(mod(1), troll, "across restarts");
        click(mod(1), "Ban", voting, "<@" + mod(1).id() + "> ban");
        gateway.close();
        scheduler.close();
        moderation.close();
        moderation = startModeration(infra, SCALE, SINCE);
        scheduler = startScheduler(infra, SCALE, SINCE);
        gateway = ProposalVotingE2E.startGateway(discord, infra);
        click(mod(2), "Ban", voting, "<@" + mod(2).id() + "> ban");
        click(mod(3), "Ban", voting, "Resolved: Ban");
        Await.until("the ban", ROUND_TRIP, () -> mods.banReason(troll.id()) != null);
    }

    @Test
    @DisplayName("a report's Escalate button opens a new vote on every click")
    void escalateFromReport() throws Exception {
        MemberScript troll = mods.member("troll-report");
        InteractionTicket report = mod(1).runs("#mod-votes", "/modreport", Map.of("member", Long.toString(troll.id())));
        MessageView shown = report.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        assertThat(shown.text()).contains("No escalations.");
        InteractionTicket first = mod(1).clicks("Escalate", shown);
        assertThat(first.awaitAck(DEADLINE)).contains(Ack.DEFER_REPLY);
        MessageView a = first.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        MessageView b = mod(2).clicks("Escalate", shown).awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(escalationId(a)).isNotEqualTo(escalationId(b));
        assertThat(count("select count(*) from moderation.escalation where member_id = " + troll.id())).isEqualTo(2);
    }

    @Test
    @DisplayName("a warning is a DM (in the channel when DMs are closed); the second warning opens an escalation by itself")
    void warningsEscalateByThemselves() {
        setting(judge, "quorum", "1");
        setting(judge, "warnings-to-escalate", "2");
        MemberScript troll = warned.member("troll-warned");
        click(judge, "Warning", escalate(judge, troll, "first"), "Resolved: Warning");
        Await.until("the warning by DM", ROUND_TRIP, () -> troll.directMessages().stream()
                .anyMatch(m -> m.text().contains("You received a warning from the moderators: first")));
        troll.closesDms();
        MessageView second = click(judge, "Warning", escalate(judge, troll, "second"), "Resolved: Warning");
        assertThat(second.text()).contains("Warned by direct message");
        Await.until("the warning in the channel and the automatic escalation", ROUND_TRIP, () -> {
            String channel = warned.messages("mod-votes").stream().map(MessageView::text)
                    .reduce("", (x, y) -> x + "\n" + y);
            return channel.contains("You received a warning from the moderators: second")
                    && channel.contains("<@" + troll.id() + "> is escalated automatically after repeated warnings");
        });
    }

    @Test
    @DisplayName("the message command 'Escalate' escalates the message's author and reports the message; a bot's message is refused")
    void escalateFromAMessage() throws Exception {
        MemberScript troll = mods.member("troll-message");
        MessageView said = troll.says("#mod-votes", "buy cheap gold at example.invalid");
        InteractionTicket t = mod(2).runsOn("Escalate", said);
        assertThat(t.awaitAck(DEADLINE)).contains(Ack.DEFER_REPLY);
        MessageView voting = t.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        assertThat(voting.text()).contains("<@" + troll.id() + "> is escalated by <@" + mod(2).id() + ">",
                "Reported message: https://discord.com/channels/" + mods.id() + "/" + mods.channelId("mod-votes") + "/"
                        + said.id());
        InteractionTicket onBot = mod(2).runsOn("Escalate", voting);
        assertThat(onBot.awaitAck(DEADLINE)).contains(Ack.REPLY);
        assertThat(onBot.reply().orElseThrow().content()).contains("cannot be escalated");
    }

    @Test
    @DisplayName("a ban Discord refuses (the bot lacks Ban Members) is recorded and shown as refused, and posted once to the guild's log channel with the permission that would fix it")
    void refusedBanShownAsRefused() throws Exception {
        // GIVEN a guild that did not give the bot Ban Members, a quorum of one, and a log channel for the bot
        setting(refusingMod, "quorum", "1");
        InteractionTicket log = refusingMod.runs("#mod-votes", "/bot-log", Map.of("channel", "#bot-log"));
        log.awaitReply(m -> m.content().contains("<#" + refusing.channelId("bot-log") + ">"), ROUND_TRIP);
        MemberScript troll = refusing.member("troll-refused-ban");
        MessageView voting = escalate(refusingMod, troll, "spam");
        String id = escalationId(voting);
        // WHEN the moderators decide to ban
        MessageView pending = click(refusingMod, "Ban", voting, "Resolved: Ban");
        assertThat(pending.text()).contains("Banning: waiting for Discord").doesNotContain("Banned.");
        // THEN the case and the message say the ban failed and why; the member is still there
        MessageView shown = awaitShown(refusing, voting, "Ban failed: the bot lacks the permission Ban Members");
        assertThat(shown.text()).doesNotContain("Banned.");
        assertThat(refusing.isMember(troll.id())).isTrue();
        assertThat(refusing.banReason(troll.id())).isNull();
        assertThat(count("select count(*) from moderation.mod_case where escalation_id = " + id
                + " and action_state = 'failed' and action like '%lacks the permission Ban Members%'")).isEqualTo(1);
        assertThat(moderatorReport(refusingMod, troll)).contains("Ban failed: the bot lacks the permission Ban Members");
        // the admins read it in their log channel, with the fix
        Await.until("the refusal in #bot-log", ROUND_TRIP, () -> !refusing.messages("bot-log").isEmpty());
        assertThat(refusing.messages("bot-log")).singleElement().extracting(MessageView::text).asString()
                .contains("act on a member", "**Ban Members**");
        // AND a second refusal of the same kind within the hour is not posted again
        MemberScript second = refusing.member("troll-refused-again");
        click(refusingMod, "Ban", escalate(refusingMod, second, "spam again"), "Resolved: Ban");
        String failedBans = "select count(*) from moderation.mod_case where action_state = 'failed'"
                + " and action like '%lacks the permission Ban Members%'";
        Await.until("the second refusal recorded", ROUND_TRIP, () -> {
            try {
                return count(failedBans) == 2;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Await.holds("no second notice", Duration.ofSeconds(3), () -> refusing.messages("bot-log").size() == 1);
    }

    @Test
    @DisplayName("a ban of the server's owner is refused by Discord's role rules and shown as refused")
    void ownerCannotBeBanned() throws Exception {
        MemberScript owner = mods.owner();
        MessageView voting = escalate(mod(1), owner, "the owner");
        click(mod(1), "Ban", voting, "<@" + mod(1).id() + "> ban");
        click(mod(2), "Ban", voting, "<@" + mod(2).id() + "> ban");
        click(mod(3), "Ban", voting, "Resolved: Ban");
        awaitShown(mods, voting, "Ban failed: the member owns the server");
        assertThat(mods.isMember(owner.id())).isTrue();
        assertThat(mods.banReason(owner.id())).isNull();
    }
}
