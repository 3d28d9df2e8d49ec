package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.ModerateMember;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.discord.SendDirectMessage;
import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.BotCall;
import community.platform.discord.emulator.model.Interaction.Ack;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.gateway.interaction.InteractionBatchWriter;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.voting.VotingServiceApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.RecordMetadata;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What users feel when things break: restarts, the database away, a commit refused or its answer lost, Discord rate
 * limits, closed DMs. (Kafka away: {@link KafkaOutageE2E}.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayResilienceE2E {

    static final Duration DEADLINE = Duration.ofSeconds(3);
    static final Duration ROUND_TRIP = Duration.ofSeconds(60);

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static DiscordEmulator discord;
    static GuildScript guild;
    static MemberScript alice;
    static MemberScript bob;
    static RunningApp voting;
    static RunningApp gateway;
    static CommandSender sender;
    static final RecordingFaults faults = new RecordingFaults();

    @BeforeAll
    static void start() {
        discord = DiscordEmulator.start();
        guild = discord.createGuild("Resilient");
        guild.textChannel("proposals");
        guild.textChannel("storm");
        guild.textChannel("mod-log");
        alice = guild.member("alice");
        bob = guild.member("bob");
        voting = startVoting();
        gateway = ProposalVotingE2E.startGateway(discord, infra, faults);
        sender = new CommandSender(infra.bootstrapServers());
    }

    static RunningApp startVoting() {
        return RunningApp.start(VotingServiceApplication.class, infra, List.of("--platform.service=voting"));
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(sender, gateway, voting, discord);
    }

    private static List<BotCall> editsOf(InteractionTicket ticket) {
        return discord.calls("PATCH /webhooks/{app}/{token}/messages/@original").stream()
                .filter(c -> c.path().contains(ticketToken(ticket))).toList();
    }

    private static String ticketToken(InteractionTicket ticket) {
        return discord.interactionToken(ticket.id());
    }

    @Test
    @Order(1)
    @DisplayName("the gateway stopped mid-flow: the reply still arrives after its restart, nothing is done twice, old buttons work")
    void gatewayRestartMidFlow() {
        InteractionTicket before = alice.runs("#proposals", "/proposal", Map.of("title", "Before the restart"));
        MessageView earlier = before.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);

        voting.close();
        InteractionTicket inFlight = alice.runs("#proposals", "/proposal", Map.of("title", "Across the restart"));
        assertThat(inFlight.awaitAck(DEADLINE)).contains(Ack.DEFER_REPLY);
        gateway.close();
        voting = startVoting();
        gateway = ProposalVotingE2E.startGateway(discord, infra, faults);

        MessageView proposal = inFlight.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        assertThat(proposal.embeds().get(0).title()).matches("🗳️ Proposal #\\d+: Across the restart");
        bob.clicks("Yes", earlier).awaitReply(m -> m.text().contains("Yes: 1"), ROUND_TRIP);
        bob.clicks("No", proposal).awaitReply(m -> m.text().contains("No: 1"), ROUND_TRIP);

        assertThat(editsOf(before)).hasSize(1);
        assertThat(editsOf(inFlight)).hasSize(1);
    }

    @Test
    @Order(2)
    @DisplayName("the gateway's database unreachable: the member is told within the deadline that nothing was changed, and nothing was")
    void databaseUnreachable() throws Exception {
        InteractionTicket refused;
        infra.postgres().stop();
        try {
            refused = alice.runs("#proposals", "/proposal", Map.of("title", "While the database is away"));
            assertThat(refused.awaitAck(DEADLINE)).contains(Ack.REPLY);
            assertThat(Duration.between(refused.createdAt(), refused.ackedAt().orElseThrow())).isLessThan(DEADLINE);
            assertThat(refused.ephemeral()).isTrue();
            assertThat(refused.reply().orElseThrow().content()).contains("could not be recorded", "nothing was changed");
        } finally {
            infra.postgres().start();
        }
        Await.until("a command accepted again after the database is back", ROUND_TRIP, () -> {
            InteractionTicket t = alice.runs("#proposals", "/proposal", Map.of("title", "After the database is back"));
            return t.awaitAck(DEADLINE).orElse(null) == Ack.DEFER_REPLY;
        });
        Await.until("the accepted proposal shown", ROUND_TRIP, () -> guild.messages("proposals").stream()
                .anyMatch(m -> m.text().contains("After the database is back")));
        assertThat(guild.messages("proposals")).noneMatch(m -> m.text().contains("While the database is away"));
        assertThat(EmulatedDiscord.count(infra, "select count(*) from voting.proposal where title like 'While the%'"))
                .isZero();
        assertThat(recorded(refused)).isZero();
        assertThat(editsOf(refused)).isEmpty();
    }

    @Test
    @Order(4)
    @DisplayName("a commit whose answer was lost: the gateway finds it recorded, acknowledges it, and it takes effect once")
    void commitAnswerLost() throws Exception {
        faults.afterCommit.set(1);
        InteractionTicket t = alice.runs("#proposals", "/proposal", Map.of("title", "A lost commit answer"));
        assertThat(t.awaitAck(DEADLINE)).contains(Ack.DEFER_REPLY);
        t.awaitReply(m -> m.text().contains("A lost commit answer"), ROUND_TRIP);
        assertThat(faults.afterCommit.get()).as("the fault happened").isZero();
        assertThat(recorded(t)).isEqualTo(1);
        Await.holds("one proposal", Duration.ofSeconds(1), () -> count("select count(*) from voting.proposal"
                + " where title = 'A lost commit answer'") == 1);
    }

    @Test
    @Order(5)
    @DisplayName("a commit the database refused: the member is told nothing was changed, and nothing was")
    void commitRefused() throws Exception {
        faults.beforeCommit.set(1);
        InteractionTicket t = alice.runs("#proposals", "/proposal", Map.of("title", "A refused commit"));
        assertThat(t.awaitAck(DEADLINE)).contains(Ack.REPLY);
        assertThat(t.reply().orElseThrow().content()).contains("could not be recorded", "nothing was changed");
        assertThat(faults.beforeCommit.get()).as("the fault happened").isZero();
        assertThat(recorded(t)).isZero();
        // what comes after it is recorded and shown, and the refused one never appears
        alice.runs("#proposals", "/proposal", Map.of("title", "After the refused commit"))
                .awaitReply(m -> m.text().contains("After the refused commit"), ROUND_TRIP);
        assertThat(count("select count(*) from voting.proposal where title = 'A refused commit'")).isZero();
    }

    @Test
    @Order(6)
    @DisplayName("an interaction recorded too late for Discord's deadline: its outcome is posted in the channel, mentioning the member")
    void lateOutcomePostedInTheChannel() {
        discord.ackDeadline(Duration.ofMillis(1));
        InteractionTicket late;
        try {
            late = alice.runs("#proposals", "/proposal", Map.of("title", "Recorded after the deadline"));
            Await.until("the acknowledgement refused as too late (10062)", ROUND_TRIP, () -> discord.calls(
                    "POST /interactions/{interaction}/{token}/callback").stream().anyMatch(c -> c.status() == 404
                    && c.path().contains("/" + late.id() + "/")));
        } finally {
            discord.ackDeadline(DEADLINE);
        }
        assertThat(late.ackedAt()).as("Discord refused the late acknowledgement").isEmpty();
        assertThat(recorded(late)).isEqualTo(1);
        Await.until("the outcome posted in #proposals", ROUND_TRIP, () -> guild.messages("proposals").stream()
                .anyMatch(m -> m.text().contains("Recorded after the deadline")));
        MessageView posted = guild.messages("proposals").stream()
                .filter(m -> m.text().contains("Recorded after the deadline")).findFirst().orElseThrow();
        assertThat(posted.content()).startsWith("<@" + alice.id() + ">");
        assertThat(posted.buttons()).isNotEmpty();
    }

    @Test
    @Order(7)
    @DisplayName("a click acknowledged too late: its message is still edited in place, and the private confirmation "
            + "reaches the member by DM, handed to the lane of DMs so that no prompt answer waits for the DMs' pace")
    void lateClickConfirmedByDirectMessage() {
        MemberScript erin = guild.member("erin");
        MessageView proposal = alice.runs("#proposals", "/proposal", Map.of("title", "Clicked after the deadline"))
                .awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        discord.ackDeadline(Duration.ofMillis(1));
        InteractionTicket late;
        try {
            late = erin.clicks("Yes", proposal);
            Await.until("the acknowledgement refused as too late (10062)", ROUND_TRIP, () -> discord.calls(
                    "POST /interactions/{interaction}/{token}/callback").stream().anyMatch(c -> c.status() == 404
                    && c.path().contains("/" + late.id() + "/")));
        } finally {
            discord.ackDeadline(DEADLINE);
        }
        assertThat(recorded(late)).isEqualTo(1);
        Await.until("the confirmation by DM", ROUND_TRIP, () -> !erin.directMessages().isEmpty());
        assertThat(erin.directMessages()).singleElement().extracting(MessageView::content).asString()
                .contains("You voted **Yes**");
        Await.until("the proposal's message showing the ballot", ROUND_TRIP, () -> guild.messages("proposals")
                .stream().anyMatch(m -> m.id() == proposal.id() && m.text().contains("Yes: 1")));
        assertThat(count("select count(*) from gateway.performed_action where outcome = "
                + "'token unusable: handed to the DM lane'")).isEqualTo(1);
        assertThat(count("select count(*) from gateway.performed_action where type = 'discord.SendDirectMessage.v1'"
                + " and outcome not like 'refused%'")).isGreaterThanOrEqualTo(2);
    }

    /** Commands the gateway recorded for an interaction (its outbox). */
    static long recorded(InteractionTicket t) {
        return count("select count(*) from gateway.recorded_interaction where interaction_id = " + t.id());
    }

    static long count(String sql) {
        try {
            return EmulatedDiscord.count(infra, sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Faults the test arms: the next N commits of the gateway's recorder fail before or after committing. */
    static final class RecordingFaults implements InteractionBatchWriter.Faults {
        final AtomicInteger beforeCommit = new AtomicInteger();
        final AtomicInteger afterCommit = new AtomicInteger();

        @Override
        public void beforeCommit() {
            if (beforeCommit.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("injected: the database refused the commit");
            }
        }

        @Override
        public void afterCommit() {
            if (afterCommit.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("injected: the commit's answer was lost");
            }
        }
    }

    @Test
    @Order(3)
    @DisplayName("a 429 storm: every action is performed exactly once, in order per channel, redeliveries included")
    void rateLimitStorm() {
        String channel = Long.toString(guild.channelId("storm"));
        String topic = infra.topic(Topics.DISCORD_ACTIONS.name());
        List<String> ids = IntStream.range(0, 30).mapToObj(i -> UUID.randomUUID().toString()).toList();
        discord.rateLimitStorm(2, Duration.ofMillis(500));
        try {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                sent.add(sender.sendAsync(topic, channel, ids.get(i), new SendChannelMessage(
                        Long.toString(guild.id()), channel, DiscordMessage.text("m" + i))));
            }
            for (int i = 0; i < ids.size(); i += 3) {
                // the same action delivered again (a producer retry, a replay)
                sent.add(sender.sendAsync(topic, channel, ids.get(i), new SendChannelMessage(
                        Long.toString(guild.id()), channel, DiscordMessage.text("m" + i))));
            }
            sent.forEach(CommandSender::await);
            Await.until("30 messages in #storm", ROUND_TRIP, () -> guild.messages("storm").size() >= 30);
            Await.until("the 10 redeliveries seen and skipped", ROUND_TRIP, () -> gateway.bean(MeterRegistry.class)
                    .counter("gateway.actions", "type", "discord.SendChannelMessage.v1", "outcome", "duplicate")
                    .count() >= 10);
        } finally {
            discord.rateLimitStorm(0, Duration.ZERO);
        }
        assertThat(guild.messages("storm")).extracting(MessageView::content)
                .containsExactlyElementsOf(IntStream.range(0, 30).mapToObj(i -> "m" + i).toList());
        List<BotCall> posts = discord.calls("POST /channels/{channel}/messages").stream()
                .filter(c -> c.path().contains("/" + channel + "/")).toList();
        assertThat(posts).filteredOn(c -> c.status() == 429).isNotEmpty();
        // a create asked again after its answer was lost (an injected fault) carries the same nonce: one message
        assertThat(posts.stream().filter(c -> c.status() == 200).map(c -> c.body().path("nonce").asString())
                .distinct().count()).isEqualTo(30);
    }

    @Test
    @Order(0)
    @DisplayName("a DM to a member with closed DMs is posted in the fallback channel; a ban carries its audit-log reason")
    void directMessageFallbackAndModeration() {
        MemberScript carol = guild.member("carol");
        MemberScript dave = guild.member("dave");
        carol.closesDms();
        String guildId = Long.toString(guild.id());
        String modLog = Long.toString(guild.channelId("mod-log"));
        String topic = infra.topic(Topics.DISCORD_ACTIONS.name());
        sender.send(topic, "dm:" + carol.id(), new SendDirectMessage(guildId, Long.toString(carol.id()),
                DiscordMessage.text("You received a warning: spam."), modLog));
        sender.send(topic, "dm:" + alice.id(), new SendDirectMessage(guildId, Long.toString(alice.id()),
                DiscordMessage.text("Welcome!"), modLog));
        sender.send(topic, guildId + ":" + dave.id(), new ModerateMember(guildId, Long.toString(dave.id()),
                ModerateMember.Kind.BAN, null, 0, "escalation 42: ban"));
        Await.until("the DM", ROUND_TRIP, () -> !alice.directMessages().isEmpty());
        Await.until("the fallback in #mod-log", ROUND_TRIP, () -> !guild.messages("mod-log").isEmpty());
        Await.until("the ban", ROUND_TRIP, () -> guild.banReason(dave.id()) != null);
        assertThat(guild.lastMessage("mod-log").content()).isEqualTo("<@" + carol.id() + "> You received a warning: spam.");
        assertThat(alice.directMessages()).extracting(MessageView::content).containsExactly("Welcome!");
        assertThat(guild.banReason(dave.id())).isEqualTo("escalation 42: ban");
        assertThat(guild.isMember(dave.id())).isFalse();
    }
}
