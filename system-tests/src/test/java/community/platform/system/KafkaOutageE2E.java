package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.Interaction.Ack;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.economy.EconomyServiceApplication;
import community.platform.testkit.Await;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail;
import community.platform.voting.VotingServiceApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kafka stopped while members use the platform. The rule (README, "What a member is told"): an interaction is
 * acknowledged only once its command is recorded, in the gateway's database, which Kafka's absence does not touch;
 * its outcome follows when Kafka is back. Nothing is lost, nothing is dead-lettered, and what each member was shown
 * is what the databases hold.
 */
class KafkaOutageE2E {

    static final Duration DEADLINE = Duration.ofSeconds(3);
    static final Duration ROUND_TRIP = Duration.ofSeconds(120);
    static final int MEMBERS = 20;

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static DiscordEmulator discord;
    static GuildScript guild;
    static RunningApp voting;
    static RunningApp economy;
    static RunningApp gateway;

    @BeforeAll
    static void start() {
        discord = DiscordEmulator.start();
        guild = discord.createGuild("Outage");
        guild.textChannel("game");
        voting = RunningApp.start(VotingServiceApplication.class, infra, List.of("--platform.service=voting"));
        economy = RunningApp.start(EconomyServiceApplication.class, infra, List.of("--platform.service=economy"));
        gateway = ProposalVotingE2E.startGateway(discord, infra);
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, economy, voting, discord);
    }

    static long count(String sql) {
        try {
            return EmulatedDiscord.count(infra, sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("Kafka away for several seconds: every interaction acknowledged in time, every outcome shown after, true to the databases, nothing dead-lettered")
    void interactionsDuringAnOutage() throws Exception {
        MemberScript host = guild.member("host");
        MessageView proposal = host.runs("#game", "/proposal", Map.of("title", "During the outage"))
                .awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        List<MemberScript> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(guild.member("outage" + i));
        }
        List<InteractionTicket> dailies = new ArrayList<>();
        Map<Long, List<InteractionTicket>> dailiesOf = new java.util.HashMap<>();
        List<InteractionTicket> ballots = new ArrayList<>();
        try (var dead = new TopicTail(infra.bootstrapServers(), infra.topic("voting.commands.dlt"));
             var deadEconomy = new TopicTail(infra.bootstrapServers(), infra.topic("economy.commands.dlt"));
             var deadActions = new TopicTail(infra.bootstrapServers(),
                     infra.topic(Topics.DISCORD_ACTIONS.name() + ".dlt"))) {
            infra.kafka().stop();
            try {
                for (MemberScript m : members) {
                    // two /daily at the same instant, and three ballot clicks: Yes, No, Yes -> Yes
                    List<InteractionTicket> two = List.of(m.runs("#game", "/daily"), m.runs("#game", "/daily"));
                    dailies.addAll(two);
                    dailiesOf.put(m.id(), two);
                    for (String choice : List.of("Yes", "No", "Yes")) {
                        ballots.add(m.clicks(choice, proposal));
                    }
                }
                int interactions = dailies.size() + ballots.size();
                for (InteractionTicket t : dailies) {
                    assertThat(t.awaitAck(DEADLINE)).contains(Ack.DEFER_REPLY);
                }
                for (InteractionTicket t : ballots) {
                    assertThat(t.awaitAck(DEADLINE)).contains(Ack.DEFER_UPDATE);
                }
                assertThat(dailies.stream().filter(t -> Duration.between(t.createdAt(), t.ackedAt().orElseThrow())
                        .compareTo(DEADLINE) < 0).count() + ballots.stream().filter(t -> Duration.between(
                        t.createdAt(), t.ackedAt().orElseThrow()).compareTo(DEADLINE) < 0).count())
                        .as("all %d interactions acknowledged within Discord's deadline", interactions)
                        .isEqualTo(interactions);
                assertThat(count("select count(*) from gateway.recorded_interaction")).isGreaterThanOrEqualTo(
                        interactions);
            } finally {
                infra.kafka().start();
            }

            // every /daily is answered: one reward and one "already claimed" per member, as the ledger says
            for (MemberScript m : members) {
                List<String> answers = dailiesOf.get(m.id()).stream().map(t -> t.awaitReply(r -> !r.embeds().isEmpty(), ROUND_TRIP).text()).toList();
                assertThat(answers).hasSize(2);
                assertThat(answers.stream().filter(a -> a.contains("Daily reward claimed"))).hasSize(1);
                assertThat(answers.stream().filter(a -> a.contains("already claimed"))).hasSize(1);
                assertThat(count("select count(*) from economy.ledger where member_id = " + m.id()
                        + " and reason = 'DAILY' and currency = 'gold'")).isEqualTo(1);
            }
            // every ballot ends on its last click, and the proposal shows it
            Await.until("every member's ballot counted once, as Yes", ROUND_TRIP, () -> count(
                    "select count(*) from voting.ballot where not abstain and marks = '{0}'") == MEMBERS);
            Await.until("the proposal to show it", ROUND_TRIP, () -> guild.message("game", proposal.id()).text()
                    .contains("Yes: " + MEMBERS));
            assertThat(count("select count(*) from voting.ballot where abstain or marks <> '{0}'")).isZero();

            assertThat(dead.drain(Duration.ofSeconds(2))).as("voting.commands.dlt").isEmpty();
            assertThat(deadEconomy.drain(Duration.ZERO)).as("economy.commands.dlt").isEmpty();
            assertThat(deadActions.drain(Duration.ZERO)).as("discord.actions.dlt").isEmpty();
        }
    }
}
