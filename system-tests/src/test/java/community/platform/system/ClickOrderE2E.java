package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.Interaction.Ack;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.testkit.Await;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.voting.VotingServiceApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A member's clicks take effect in the order they made them, from Discord to the database, whatever the load and
 * across a restart of the service: many members click ballot buttons back to back on three proposals, the voting
 * service is restarted in the middle, and each member's ballot ends as their last click says.
 */
class ClickOrderE2E {

    static final Duration DEADLINE = Duration.ofSeconds(3);
    static final Duration ROUND_TRIP = Duration.ofSeconds(90);
    static final int MEMBERS = 60;
    static final int CLICKS = 8;
    static final List<String> CHOICES = List.of("Yes", "No", "Abstain");

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static DiscordEmulator discord;
    static GuildScript guild;
    static RunningApp voting;
    static RunningApp gateway;

    @BeforeAll
    static void start() {
        discord = DiscordEmulator.start();
        guild = discord.createGuild("Rapid");
        guild.textChannel("proposals");
        voting = startVoting();
        gateway = ProposalVotingE2E.startGateway(discord, infra);
    }

    static RunningApp startVoting() {
        return RunningApp.start(VotingServiceApplication.class, infra, List.of("--platform.service=voting"));
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, voting, discord);
    }

    /** What a sequence of clicks leaves: a click casts or changes the ballot, the same choice again withdraws it. */
    static String lastState(List<String> clicks) {
        String ballot = null;
        for (String c : clicks) {
            ballot = c.equals(ballot) ? null : c;
        }
        return ballot;
    }

    @Test
    @DisplayName("60 members click 8 times each, back to back, on three proposals while voting restarts: every click acknowledged in time, each ballot is the member's last click")
    void lastClickWins() throws Exception {
        MemberScript proposer = guild.member("proposer");
        List<MessageView> proposals = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            proposals.add(proposer.runs("#proposals", "/proposal", Map.of("title", "Rapid " + p))
                    .awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP));
        }
        Random random = new Random(20261130);
        Map<MemberScript, List<String>> plans = new HashMap<>();
        Map<MemberScript, MessageView> targets = new HashMap<>();
        for (int i = 0; i < MEMBERS; i++) {
            MemberScript m = guild.member("rapid" + i);
            List<String> plan = new ArrayList<>();
            for (int c = 0; c < CLICKS; c++) {
                plan.add(CHOICES.get(random.nextInt(CHOICES.size())));
            }
            plans.put(m, plan);
            targets.put(m, proposals.get(i % proposals.size()));
        }

        List<InteractionTicket> tickets = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService members = Executors.newFixedThreadPool(12);
        List<Future<?>> running = new ArrayList<>();
        for (MemberScript m : plans.keySet()) {
            // each member clicks their plan in order, without waiting for answers, as fast clicks go
            running.add(members.submit(() -> plans.get(m).forEach(choice -> tickets.add(m.clicks(choice,
                    targets.get(m))))));
        }
        // the voting service goes away and comes back while the clicks arrive
        Await.until("a third of the clicks made", ROUND_TRIP, () -> tickets.size() >= MEMBERS * CLICKS / 3);
        voting.close();
        voting = startVoting();
        for (Future<?> f : running) {
            f.get();
        }
        members.shutdown();

        assertThat(tickets).hasSize(MEMBERS * CLICKS);
        for (InteractionTicket t : tickets) {
            assertThat(t.awaitAck(DEADLINE)).as("click %s acknowledged", t.id()).contains(Ack.DEFER_UPDATE);
            assertThat(Duration.between(t.createdAt(), t.ackedAt().orElseThrow())).isLessThan(DEADLINE);
        }
        Map<Long, String> expected = new HashMap<>();
        plans.forEach((m, plan) -> expected.put(m.id(), lastState(plan)));
        Await.until("every member's ballot to be their last click", ROUND_TRIP, () -> ballots().equals(
                withoutWithdrawn(expected)));
        // and what the proposals show agrees
        for (MessageView p : proposals) {
            Await.until("proposal " + p.id() + " to show the final counts", ROUND_TRIP, () -> {
                String shown = guild.message("proposals", p.id()).text();
                return CHOICES.stream().allMatch(c -> shown.contains(c + ": " + countFor(expected, targets, p, c)));
            });
        }
    }

    static Map<Long, String> withoutWithdrawn(Map<Long, String> expected) {
        Map<Long, String> out = new HashMap<>();
        expected.forEach((member, choice) -> {
            if (choice != null) {
                out.put(member, choice.toUpperCase(java.util.Locale.ROOT));
            }
        });
        return out;
    }

    static long countFor(Map<Long, String> expected, Map<MemberScript, MessageView> targets, MessageView proposal,
                         String choice) {
        return targets.entrySet().stream().filter(e -> e.getValue().id() == proposal.id())
                .filter(e -> choice.equals(expected.get(e.getKey().id()))).count();
    }

    static Map<Long, String> ballots() {
        Map<Long, String> out = new HashMap<>();
        try (var c = java.sql.DriverManager.getConnection(infra.jdbcUrl(), "postgres", "postgres");
             var rs = c.createStatement().executeQuery("select user_id, case when abstain then 'ABSTAIN'"
                     + " when marks = '{0}' then 'YES' when marks = '{1}' then 'NO' end from voting.ballot")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
