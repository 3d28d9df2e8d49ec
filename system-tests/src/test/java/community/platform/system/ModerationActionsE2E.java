package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.Interaction.Ack;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.discord.emulator.script.ThreadView;
import community.platform.testkit.Await;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A moderator's immediate actions on a report and each reported member's thread, end to end: moderators in the Discord
 * emulator -> the real JDA client in the gateway -> Kafka -> moderation service -> outbox -> Kafka -> gateway ->
 * Discord (deletions, timeouts, roles, kicks, bans, threads). The guilds have a moderation channel, so every report of
 * a member goes into that member's thread there.
 */
class ModerationActionsE2E {

    static final Duration DEADLINE = ProposalVotingE2E.DEADLINE;
    static final Duration ROUND_TRIP = Duration.ofSeconds(60);
    static final long MANAGE_SERVER = 1L << 5;
    static final long MODERATOR = Permissions.MODERATE_MEMBERS | Permissions.KICK_MEMBERS | Permissions.BAN_MEMBERS
            | MANAGE_SERVER;

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static DiscordEmulator discord;
    static GuildScript guild;
    static GuildScript refusing;
    static long muted;
    static MemberScript mira;
    static MemberScript noor;
    static MemberScript kai;
    static MemberScript bob;
    static MemberScript stern;
    static RunningApp moderation;
    static RunningApp scheduler;
    static RunningApp gateway;
    static TopicTail events;

    @BeforeAll
    static void start() {
        events = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.MODERATION_EVENTS.name()));
        discord = DiscordEmulator.start();
        guild = discord.createGuild("Actions");
        guild.textChannel("general");
        guild.textChannel("moderation");
        long moderator = guild.role("Moderator", MODERATOR);
        muted = guild.role("Muted", 0);
        mira = guild.member("mira", moderator);
        noor = guild.member("noor", moderator);
        kai = guild.member("kai", moderator);
        bob = guild.member("bob");
        // a guild that did not give the bot Ban Members
        refusing = discord.createGuild("Refusing");
        refusing.textChannel("general");
        refusing.textChannel("moderation");
        refusing.botPermissions(Permissions.BOT_DEFAULTS & ~Permissions.BAN_MEMBERS);
        stern = refusing.member("stern", refusing.role("Moderator", MODERATOR));
        Instant since = Instant.now();
        moderation = ModerationE2E.startModeration(infra, 1, since);
        scheduler = ModerationE2E.startScheduler(infra, 1, since);
        gateway = ProposalVotingE2E.startGateway(discord, infra);
        setting(mira, "mod-channel", Long.toString(guild.channelId("moderation")));
        setting(mira, "restrict-role", Long.toString(muted));
        setting(stern, "mod-channel", Long.toString(refusing.channelId("moderation")));
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, scheduler, moderation, discord, events);
    }

    static void setting(MemberScript admin, String name, String value) {
        InteractionTicket t = admin.runs("#general", "/modsettings", Map.of("setting", name, "value", value));
        assertThat(t.awaitReply(m -> !m.text().isBlank(), ROUND_TRIP).text()).contains(name + " is now");
    }

    static String threadName(MemberScript member) {
        return "Reports · " + member.displayName() + " (" + member.id() + ")";
    }

    /** The member's thread in #moderation, once it holds {@code reports} reports. */
    static ThreadView awaitThread(GuildScript in, MemberScript member, int reports) {
        Await.until(reports + " reports in the thread of " + member.name(), ROUND_TRIP, () -> in.threads("moderation")
                .stream().filter(t -> t.name().equals(threadName(member))).anyMatch(t -> reports(t).size() == reports));
        return in.threads("moderation").stream().filter(t -> t.name().equals(threadName(member))).findFirst()
                .orElseThrow();
    }

    static List<MessageView> reports(ThreadView thread) {
        return thread.messages().stream().filter(m -> m.text().contains("🚨 Escalation")).toList();
    }

    /** {@code /escalate} in #general: the reply says the report went to the member's thread; returns that report. */
    static MessageView report(GuildScript in, MemberScript moderator, MemberScript member, String reason, int nth) {
        InteractionTicket t = moderator.runs("#general", "/escalate", Map.of("member", Long.toString(member.id()),
                "reason", reason));
        assertThat(t.awaitAck(DEADLINE)).contains(Ack.DEFER_REPLY);
        assertThat(t.awaitReply(m -> m.text().contains("reported to the moderators"), ROUND_TRIP).text())
                .contains("<@" + member.id() + ">");
        return reports(awaitThread(in, member, nth)).get(nth - 1);
    }

    static String escalationId(MessageView report) {
        return report.buttons().get(0).customId().split(":")[2];
    }

    /** Opens the action's form from the report and submits the reason; returns the submission. */
    static InteractionTicket act(MemberScript moderator, String button, MessageView report, String reason) {
        InteractionTicket opened = moderator.clicks(button, report);
        assertThat(opened.awaitAck(DEADLINE)).contains(Ack.MODAL);
        InteractionTicket submitted = moderator.submits(opened, Map.of("reason", reason));
        assertThat(submitted.awaitAck(DEADLINE)).contains(Ack.DEFER_UPDATE);
        return submitted;
    }

    /** Waits until the report, as it is now, says {@code text}. */
    static MessageView awaitShown(GuildScript in, MessageView report, String text) {
        Await.until("the report to say '" + text + "'", ROUND_TRIP, () -> {
            MessageView now = in.message(report.id());
            return now != null && now.text().contains(text);
        });
        return in.message(report.id());
    }

    static long count(String sql) throws Exception {
        return EmulatedDiscord.count(infra, sql);
    }

    static long calls(String method, String pathPart) {
        return discord.calls().stream().filter(c -> c.method().equals(method) && c.path().contains(pathPart)
                && c.status() / 100 == 2).count();
    }

    @Test
    @DisplayName("each immediate action by a moderator is carried out once, logged with who did it and why, and the report shows what Discord did")
    void eachImmediateAction() throws Exception {
        MemberScript spammer = guild.member("spammer");
        MessageView spam = spammer.says("general", "cheap gold at example.com");
        InteractionTicket escalated = mira.runsOn("Escalate", spam);
        assertThat(escalated.awaitAck(DEADLINE)).contains(Ack.DEFER_REPLY);
        escalated.awaitReply(m -> m.text().contains("reported to the moderators"), ROUND_TRIP);
        MessageView report = reports(awaitThread(guild, spammer, 1)).get(0);
        assertThat(report.buttons()).extracting(MessageView.ButtonView::label).containsSubsequence("Track", "Ban",
                "Delete message", "Timeout now", "Restrict now", "Kick now", "Ban now");
        String id = escalationId(report);

        act(mira, "Delete message", report, "spam links").awaitFollowup(m -> m.text().contains("waiting for Discord"),
                ROUND_TRIP);
        Await.until("the spam deleted", ROUND_TRIP, () -> guild.message("general", spam.id()) == null);
        awaitShown(guild, report, "Reported message deleted.");

        act(noor, "Timeout now", guild.message(report.id()), "cool down");
        Await.until("the timeout", ROUND_TRIP, spammer::timedOut);
        awaitShown(guild, report, "Timed out for 60 minutes.");

        act(mira, "Restrict now", guild.message(report.id()), "until the timeout ends");
        Await.until("the restrict role", ROUND_TRIP, () -> spammer.roles().contains(muted));
        awaitShown(guild, report, "Given the role");

        act(noor, "Kick now", guild.message(report.id()), "kept posting");
        Await.until("the kick", ROUND_TRIP, () -> !guild.isMember(spammer.id()));
        MessageView shown = awaitShown(guild, report, "Kicked.");
        assertThat(shown.text()).contains("**Delete message** by mira · spam links → Reported message deleted.",
                "**Timeout** by noor · cool down → Timed out for 60 minutes.", "**Kick** by noor · kept posting → Kicked.")
                .doesNotContain("waiting for Discord");
        assertThat(shown.buttons()).filteredOn(b -> b.label().endsWith(" now") || b.label().equals("Delete message"))
                .extracting(MessageView.ButtonView::label, MessageView.ButtonView::disabled)
                .contains(org.assertj.core.groups.Tuple.tuple("Delete message", true),
                        org.assertj.core.groups.Tuple.tuple("Kick now", true),
                        org.assertj.core.groups.Tuple.tuple("Ban now", false));

        // the ban, on a member reported without a message: its audit-log reason names the escalation, who and why
        MemberScript raider = guild.member("raider");
        MessageView raid = report(guild, mira, raider, "raid", 1);
        assertThat(raid.buttons()).extracting(MessageView.ButtonView::label).doesNotContain("Delete message");
        act(mira, "Ban now", raid, "raid from an alt account");
        Await.until("the ban", ROUND_TRIP, () -> guild.banReason(raider.id()) != null);
        assertThat(guild.banReason(raider.id())).contains("Escalation " + escalationId(raid) + ": ban by mira",
                "raid from an alt account");
        awaitShown(guild, raid, "**Ban** by mira · raid from an alt account → Banned.");

        // the case log: one row per action, with who took it, under which name, and why
        assertThat(count("select count(*) from moderation.mod_case where escalation_id = " + id
                + " and why = 'IMMEDIATE' and action_state = 'done'")).isEqualTo(4);
        assertThat(count("select count(*) from moderation.mod_case where escalation_id = " + id
                + " and resolution = 'TIMEOUT' and taken_by = " + noor.id() + " and taken_by_name = 'noor'"
                + " and reason = 'cool down'")).isEqualTo(1);
        assertThat(calls("PUT", "/bans/" + raider.id())).isEqualTo(1);
        assertThat(calls("DELETE", "/members/" + spammer.id())).isEqualTo(1);
    }

    @Test
    @DisplayName("a member who does not moderate may open the form but is refused: nothing is done or logged")
    void refusedToNonModerator() throws Exception {
        MemberScript target = guild.member("target-of-bob");
        MessageView report = report(guild, mira, target, "rude", 1);
        act(bob, "Ban now", report, "I do not like them").awaitFollowup(m -> m.text().contains(
                "Only moderators may act on reports"), ROUND_TRIP);
        act(bob, "Kick now", report, "me neither").awaitFollowup(m -> m.text().contains(
                "Only moderators may act on reports"), ROUND_TRIP);
        assertThat(guild.isMember(target.id())).isTrue();
        assertThat(guild.banReason(target.id())).isNull();
        assertThat(count("select count(*) from moderation.mod_case where escalation_id = " + escalationId(report)))
                .isZero();
        assertThat(guild.message(report.id()).text()).doesNotContain("Actions taken");
    }

    @Test
    @DisplayName("two moderators banning at the same instant make one ban; the second is told who already did")
    void twoModeratorsAtOnce() throws Exception {
        MemberScript target = guild.member("double-banned");
        MessageView report = report(guild, mira, target, "slurs", 1);
        InteractionTicket first = mira.clicks("Ban now", report);
        InteractionTicket second = noor.clicks("Ban now", report);
        assertThat(first.awaitAck(DEADLINE)).contains(Ack.MODAL);
        assertThat(second.awaitAck(DEADLINE)).contains(Ack.MODAL);
        CountDownLatch go = new CountDownLatch(1);
        var a = CompletableFuture.supplyAsync(() -> {
            await(go);
            return mira.submits(first, Map.of("reason", "slurs in #general"));
        });
        var b = CompletableFuture.supplyAsync(() -> {
            await(go);
            return noor.submits(second, Map.of("reason", "slurs, again"));
        });
        go.countDown();
        List<InteractionTicket> submitted = List.of(a.join(), b.join());
        Await.until("both told", ROUND_TRIP, () -> submitted.stream().allMatch(t -> !t.followups().isEmpty()));
        assertThat(submitted.stream().flatMap(t -> t.followups().stream()).map(MessageView::text)
                .filter(text -> text.startsWith("Already taken by"))).hasSize(1);
        Await.until("the ban", ROUND_TRIP, () -> guild.banReason(target.id()) != null);
        awaitShown(guild, report, "→ Banned.");
        assertThat(calls("PUT", "/bans/" + target.id())).isEqualTo(1);
        assertThat(count("select count(*) from moderation.mod_case where escalation_id = " + escalationId(report)
                + " and resolution = 'BAN'")).isEqualTo(1);
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("a ban Discord refuses (the bot lacks Ban Members) is shown as refused, with why, and may be tried again")
    void refusedBanShownAsRefused() throws Exception {
        MemberScript target = refusing.member("unbannable");
        MessageView report = report(refusing, stern, target, "spam", 1);
        act(stern, "Ban now", report, "spam");
        MessageView shown = awaitShown(refusing, report, "Ban failed: the bot lacks the permission Ban Members.");
        assertThat(shown.text()).doesNotContain("→ Banned.");
        assertThat(shown.button("Ban now").disabled()).isFalse();
        assertThat(refusing.banReason(target.id())).isNull();
        assertThat(count("select count(*) from moderation.mod_case where escalation_id = " + escalationId(report)
                + " and action_state = 'failed'")).isEqualTo(1);
        // published for whoever follows moderation: who, what, and that Discord refused it
        String escalation = escalationId(report);
        TopicTail.Received refused = events.awaitUntil(r -> r.stream().anyMatch(e -> escalation.equals(e.key())
                && e.ceType().equals("moderation.ModActionTaken.v1")), ROUND_TRIP).stream()
                .filter(e -> escalation.equals(e.key())).findFirst().orElseThrow();
        assertThat(refused.value()).contains("\"action\":\"BAN\"", "\"outcome\":\"REFUSED\"",
                "\"moderatorId\":\"" + stern.id() + "\"", "lacks the permission Ban Members");
    }

    @Test
    @DisplayName("a member reported three times has ONE thread holding the three reports and their votes (an archived thread reopened by the next report); /modreport links it; the names voted under are kept after a rename")
    void oneThreadPerMember() throws Exception {
        MemberScript repeat = guild.member("repeat");
        MessageView first = report(guild, kai, repeat, "first", 1);
        MessageView second = report(guild, noor, repeat, "second", 2);
        ThreadView thread = awaitThread(guild, repeat, 2);
        // started from a message in #moderation (the thread has its id) naming the member
        assertThat(guild.message("moderation", thread.id()).text()).contains("Reports on **repeat**");
        kai.clicks("Warning", first).awaitAck(DEADLINE);
        noor.clicks("Track", second).awaitAck(DEADLINE);
        awaitShown(guild, first, "<@" + kai.id() + "> warning");
        awaitShown(guild, second, "<@" + noor.id() + "> track");

        // Discord archives an idle thread; the next report reopens it
        guild.archiveThread(thread.id());
        kai.changesNickname("Kai the Bold");
        MessageView spam = repeat.says("general", "again and again");
        kai.runsOn("Escalate", spam).awaitReply(m -> m.text().contains("reported to the moderators"), ROUND_TRIP);
        ThreadView reopened = awaitThread(guild, repeat, 3);
        assertThat(reopened.id()).isEqualTo(thread.id());
        assertThat(reopened.archived()).isFalse();
        assertThat(guild.threads("moderation")).filteredOn(t -> t.name().equals(threadName(repeat))).hasSize(1);
        assertThat(reopened.text()).contains("first", "second", "<@" + kai.id() + "> warning",
                "<@" + noor.id() + "> track");
        noor.clicks("Ban", reports(reopened).get(2)).awaitAck(DEADLINE);
        awaitShown(guild, reports(reopened).get(2), "<@" + noor.id() + "> ban");

        InteractionTicket t = noor.runs("#general", "/modreport", Map.of("member", Long.toString(repeat.id())));
        String history = t.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP).text();
        assertThat(history).contains("case thread: <#" + thread.id() + ">")
                .contains("kai warning", "noor track", "noor ban")
                .doesNotContain("Kai the Bold");
        assertThat(count("select count(*) from moderation.member_thread where member_id = " + repeat.id()
                + " and thread_id = " + thread.id())).isEqualTo(1);
    }
}
