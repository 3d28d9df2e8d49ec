package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.gateway.GatewayServiceApplication;
import community.platform.discord.emulator.model.Interaction.Ack;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.contracts.Message;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.MembersListed;
import community.platform.contracts.discord.ReactionChanged;
import community.platform.contracts.discord.ReactionsCounted;
import community.platform.contracts.discord.TrackReactions;
import community.platform.contracts.discord.VoiceStateChanged;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.TopicTail;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.voting.VotingServiceApplication;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proposals end to end: a member in the Discord emulator -> the real JDA client in the gateway -> Kafka -> voting
 * service -> outbox -> Debezium -> Kafka -> gateway -> the emulator shows the outcome.
 */
class ProposalVotingE2E {

    static final Duration DEADLINE = Duration.ofSeconds(3);
    static final Duration ROUND_TRIP = Duration.ofSeconds(30);

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static DiscordEmulator discord;
    static GuildScript council;
    static GuildScript other;
    static MemberScript alice;
    static MemberScript bob;
    static MemberScript mallory;
    static RunningApp voting;
    static RunningApp gateway;

    @BeforeAll
    static void start() {
        discord = DiscordEmulator.start();
        council = discord.createGuild("Council");
        council.textChannel("proposals");
        alice = council.member("alice");
        bob = council.member("bob");
        other = discord.createGuild("Elsewhere");
        other.textChannel("general");
        mallory = other.member("mallory");
        // both services share this test's classpath, where the gateway's application.yml comes first
        voting = RunningApp.start(VotingServiceApplication.class, infra, List.of("--platform.service=voting"));
        gateway = startGateway(discord, infra);
    }

    /** @param beans extra singletons (fault injection) */
    static RunningApp startGateway(DiscordEmulator discord, RealInfra infra, Object... beans) {
        RunningApp app = RunningApp.start(GatewayServiceApplication.class, infra, EmulatedDiscord.args(discord), beans);
        discord.awaitBot(ROUND_TRIP);
        return app;
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, voting, discord);
    }

    static MessageView open(MemberScript member, String title) {
        InteractionTicket ticket = member.runs("#proposals", "/proposal", Map.of("title", title));
        return ticket.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
    }

    static long count(String sql) throws Exception {
        return EmulatedDiscord.count(infra, sql);
    }

    @Test
    @DisplayName("'/proposal' is acknowledged within Discord's deadline and its reply becomes the proposal with ballot buttons")
    void slashCommandRoundTrip() {
        InteractionTicket ticket = alice.runs("#proposals", "/proposal", Map.of("title", "Raid on Fridays", "hours", 48));
        assertThat(ticket.awaitAck(DEADLINE)).contains(Ack.DEFER_REPLY);
        assertThat(Duration.between(ticket.createdAt(), ticket.ackedAt().orElseThrow())).isLessThan(DEADLINE);

        MessageView proposal = ticket.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        assertThat(proposal.embeds().get(0).title()).matches("🗳️ Proposal #\\d+: Raid on Fridays");
        assertThat(proposal.text()).contains("Yes: 0", "No: 0", "Abstain: 0", "Proposed by <@" + alice.id() + ">");
        assertThat(proposal.buttons()).extracting(MessageView.ButtonView::customId).containsExactly(
                "voting:ballot:" + ticket.id() + ":o0", "voting:ballot:" + ticket.id() + ":o1",
                "voting:ballot:" + ticket.id() + ":abstain", "voting:close:" + ticket.id());
        assertThat(council.lastMessage("proposals").id()).isEqualTo(proposal.id());
    }

    @Test
    @DisplayName("a ballot is cast, changed, and withdrawn by clicking the same choice again; the message shows each count")
    void ballots() {
        MessageView proposal = open(alice, "Ballots");
        InteractionTicket yes = bob.clicks("Yes", proposal);
        assertThat(yes.awaitAck(DEADLINE)).contains(Ack.DEFER_UPDATE);
        yes.awaitReply(m -> m.text().contains("Yes: 1") && m.text().contains("<@" + bob.id() + "> Yes"), ROUND_TRIP);

        bob.clicks("No", proposal).awaitReply(m -> m.text().contains("Yes: 0") && m.text().contains("No: 1"),
                ROUND_TRIP);
        MessageView withdrawn = bob.clicks("No", proposal).awaitReply(m -> m.text().contains("No: 0"), ROUND_TRIP);
        assertThat(withdrawn.text()).contains("Yes: 0", "Abstain: 0").doesNotContain("Voters");
        assertThat(withdrawn.id()).isEqualTo(proposal.id());
    }

    @Test
    @DisplayName("'/propose' opens a form; its submission opens the proposal with the details")
    void form() {
        InteractionTicket opened = alice.runs("#proposals", "/propose");
        assertThat(opened.awaitAck(DEADLINE)).contains(Ack.MODAL);
        InteractionTicket submitted = alice.submits(opened,
                Map.of("title", "Written in a form", "details", "Twice a week", "hours", "12"));
        MessageView proposal = submitted.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        assertThat(proposal.embeds().get(0).title()).matches("🗳️ Proposal #\\d+: Written in a form");
        assertThat(proposal.embeds().get(0).description()).startsWith("Twice a week");
    }

    @Test
    @DisplayName("forged or malformed interactions get a clear private error and change nothing")
    void forgedInteractions() throws Exception {
        MessageView proposal = open(alice, "Forgeries");
        MessageView elsewhere = otherGuildMessage();
        long proposals = count("select count(*) from voting.proposal");
        long ballots = count("select count(*) from voting.ballot");

        // custom ids the message does not carry: refused before anything is recorded
        for (String forged : List.of("nobody:knows:123", "voting:ballot:" + proposal.id() + ":maybe")) {
            InteractionTicket t = bob.clicksCustomId(forged, proposal);
            assertThat(t.awaitAck(DEADLINE)).contains(Ack.REPLY);
            assertThat(t.ephemeral()).isTrue();
            assertThat(t.reply().orElseThrow().content()).contains("does not belong to this message");
        }

        InteractionTicket outOfRange = alice.runsForged("#proposals", "/proposal", Map.of("title", "Forever", "hours",
                5000));
        assertThat(outOfRange.awaitAck(DEADLINE)).contains(Ack.REPLY);
        assertThat(outOfRange.ephemeral()).isTrue();
        assertThat(outOfRange.reply().orElseThrow().content()).contains("between 1 and 168 hours");

        // a member of another guild puts this guild's ballot button on a message there: the message is not turned
        // into the proposal
        String councilProposal = proposal.buttons().get(0).customId().split(":")[2];
        InteractionTicket crossGuild = mallory.clicksCustomId("voting:ballot:" + councilProposal + ":yes", elsewhere);
        assertThat(crossGuild.awaitAck(DEADLINE)).contains(Ack.REPLY);
        assertThat(crossGuild.reply().orElseThrow().content()).contains("does not belong to this message");
        // another proposal's button on this proposal's message
        MessageView second = open(alice, "Second forgery target");
        InteractionTicket foreign = bob.clicksCustomId(second.buttons().get(0).customId(), proposal);
        assertThat(foreign.awaitAck(DEADLINE)).contains(Ack.REPLY);
        assertThat(foreign.reply().orElseThrow().content()).contains("does not belong to this message");
        proposals++;

        assertThat(count("select count(*) from voting.proposal")).isEqualTo(proposals);
        assertThat(count("select count(*) from voting.ballot")).isEqualTo(ballots);
        assertThat(council.messages("proposals").stream().filter(m -> m.id() == proposal.id()).findFirst()
                .orElseThrow().text()).contains("Yes: 0");
    }

    @Test
    @DisplayName("what happens in the guild reaches discord.events; the member list is reconciled on start and on the scheduler's tick")
    void guildFacts() throws Exception {
        String guildId = Long.toString(council.id());
        try (TopicTail events = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_EVENTS.name()));
             CommandSender sender = new CommandSender(infra.bootstrapServers())) {
            MessageView proposal = open(alice, "Facts");
            council.voiceChannel("Raid voice");
            MemberScript erin = council.member("erin");
            alice.reacts("proposals", proposal.id(), "⭐");
            erin.joinsVoice("Raid voice");
            council.deleteMessage("proposals", proposal.id());
            erin.leavesGuild();
            String erinKey = guildId + ":" + erin.id();
            String messageKey = Long.toString(proposal.id());
            List<TopicTail.Received> seen = events.awaitUntil(r -> types(r, erinKey).size() >= 4
                    && types(r, messageKey).size() >= 2, ROUND_TRIP);
            // leaving the guild while in voice also leaves voice
            assertThat(types(seen, erinKey)).containsExactly("discord.MemberJoined.v1",
                    "discord.VoiceStateChanged.v1", "discord.VoiceStateChanged.v1", "discord.MemberLeft.v1");
            List<VoiceStateChanged> voice = seen.stream().filter(r -> erinKey.equals(r.key()))
                    .filter(r -> r.ceType().equals("discord.VoiceStateChanged.v1"))
                    .map(r -> (VoiceStateChanged) decode(r)).toList();
            String raidVoice = Long.toString(council.channelId("Raid voice"));
            assertThat(voice.get(0).channelId()).isEqualTo(raidVoice);
            assertThat(voice.get(1).channelId()).isNull();
            assertThat(voice.get(1).previousChannelId()).isEqualTo(raidVoice);
            assertThat(types(seen, messageKey)).containsExactly("discord.ReactionChanged.v1",
                    "discord.MessageDeleted.v1");
            ReactionChanged star = (ReactionChanged) decode(seen.stream().filter(r -> messageKey.equals(r.key()))
                    .findFirst().orElseThrow());
            assertThat(star).extracting(ReactionChanged::userId, ReactionChanged::emoji, ReactionChanged::added)
                    .containsExactly(Long.toString(alice.id()), "⭐", true);

            // the listing made when the guild became ready, then one for a scheduler tick: Discord answers one
            // all-members request per guild every 30 s, so the tick's listing may wait for its turn
            sender.send(infra.topic(Topics.SCHEDULER_EVENTS.name()), guildId, new JobTicked(guildId,
                    "discord-reconciliation", "discord-reconciliation/" + guildId + "/now", Instant.now(),
                    Instant.now(), "manual"));
            List<MembersListed> listings = events.awaitUntil(r -> listings(r, guildId).size() >= 2,
                            ROUND_TRIP.plus(Duration.ofSeconds(31)))
                    .stream().filter(r -> (guildId + ":members").equals(r.key())).map(r -> (MembersListed) decode(r))
                    .toList();
            assertThat(listings.get(0).userIds()).contains(Long.toString(alice.id()), Long.toString(bob.id()));
            MembersListed latest = listings.get(listings.size() - 1);
            assertThat(latest.userIds()).contains(Long.toString(alice.id())).doesNotContain(Long.toString(erin.id()));
            assertThat(latest.chunks()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a tracked message's reactions are reconciled from Discord, the bot's own not counted; a deleted one is reported gone")
    void reactionReconciliation() {
        String guildId = Long.toString(council.id());
        String channelId = Long.toString(council.channelId("proposals"));
        try (TopicTail events = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_EVENTS.name()));
             CommandSender sender = new CommandSender(infra.bootstrapServers())) {
            MessageView proposal = open(alice, "Counted");
            String messageId = Long.toString(proposal.id());
            sender.send(infra.topic(Topics.DISCORD_ACTIONS.name()), channelId,
                    new TrackReactions(guildId, channelId, messageId, true));
            alice.reacts("proposals", proposal.id(), "⭐");
            bob.reacts("proposals", proposal.id(), "⭐");
            bob.reacts("proposals", proposal.id(), "👍");
            council.botReacts("proposals", proposal.id(), "⭐");
            council.botReacts("proposals", proposal.id(), "🤖");
            Await.until("the message tracked", ROUND_TRIP, () -> tracked(messageId));
            tick(sender, guildId);
            ReactionsCounted counted = (ReactionsCounted) decode(events.awaitUntil(r -> r.stream().anyMatch(x ->
                    messageId.equals(x.key()) && x.ceType().equals("discord.ReactionsCounted.v1")), ROUND_TRIP)
                    .stream().filter(x -> x.ceType().equals("discord.ReactionsCounted.v1")).findFirst().orElseThrow());
            assertThat(counted.counts()).containsExactly(Map.entry("⭐", 2), Map.entry("👍", 1));

            // deleted: the event reports it, and the next reconciliation finds it gone and stops tracking it
            council.deleteMessage("proposals", proposal.id());
            tick(sender, guildId);
            events.awaitUntil(r -> types(r, messageId).stream().filter("discord.MessageDeleted.v1"::equals).count() >= 2,
                    ROUND_TRIP);
            Await.until("the message no longer tracked", ROUND_TRIP, () -> !tracked(messageId));
        }
    }

    private static boolean tracked(String messageId) {
        try {
            return count("select count(*) from gateway.tracked_message where message_id = " + messageId) == 1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void tick(CommandSender sender, String guildId) {
        Instant now = Instant.now();
        sender.send(infra.topic(Topics.SCHEDULER_EVENTS.name()), guildId, new JobTicked(guildId,
                "discord-reconciliation", "discord-reconciliation/" + guildId + "/" + now, now, now, "manual"));
    }

    private static final MessageCodec CODEC = new MessageCodec();

    private static Message decode(TopicTail.Received r) {
        return CODEC.decode(r.ceType(), r.value().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> types(List<TopicTail.Received> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).map(TopicTail.Received::ceType).toList();
    }

    private static List<TopicTail.Received> listings(List<TopicTail.Received> records, String guildId) {
        return records.stream().filter(r -> (guildId + ":members").equals(r.key())).toList();
    }

    /** A proposal message in the other guild, for a forged click to sit on. */
    private static MessageView otherGuildMessage() {
        InteractionTicket t = mallory.runs("#general", "/proposal", Map.of("title", "Local"));
        return t.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
    }
}
