package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.testkit.Await;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The governance bot's core, through real JDA, the emulator (Discord's limits and faults on), the gateway, voting and
 * the scheduler, platform time 720 times faster (12 hours in a minute): a campaign of two stages and three scenarios
 * for 30 members, each member investing from two DMs at the same instant more than their budget.
 */
class CampaignE2E {

    static final double SCALE = 720;
    static final Duration ROUND_TRIP = Duration.ofSeconds(90);
    static final int MEMBERS = 30;
    static final int BUDGET = 10;
    static final Pattern CAMPAIGN = Pattern.compile("Campaign #(\\d+)");

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Instant SINCE = Instant.now();
    static DiscordEmulator discord;
    static GuildScript league;
    static MemberScript chair;
    static final List<MemberScript> members = new ArrayList<>();
    static RunningApp voting;
    static RunningApp scheduler;
    static RunningApp gateway;

    @BeforeAll
    static void start() {
        discord = DiscordEmulator.start();
        league = discord.createGuild("League");
        league.textChannel("campaigns");
        chair = league.member("chair", league.role("Chair", 1L << 5));
        for (int i = 1; i <= MEMBERS; i++) {
            members.add(league.member("player" + i));
        }
        List<String> args = new ArrayList<>(List.of("--platform.service=voting"));
        args.addAll(ModerationE2E.clock(SCALE, SINCE));
        voting = RunningApp.start(community.platform.voting.VotingServiceApplication.class, infra, args);
        scheduler = ModerationE2E.startScheduler(infra, SCALE, SINCE);
        gateway = ProposalVotingE2E.startGateway(discord, infra);
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, scheduler, voting, discord);
    }

    static String say(MemberScript who, String command, Map<String, Object> options) {
        return who.runs("#campaigns", command, options).awaitReply(m -> !m.text().isBlank(), ROUND_TRIP).text();
    }

    static long count(String sql) {
        return EmulatedDiscord.counted(infra, sql);
    }

    /** The member's DM ballots of the campaign's stage, by scenario title. */
    static Map<String, MessageView> ballots(MemberScript m, int stage) {
        Map<String, MessageView> out = new HashMap<>();
        for (MessageView d : m.directMessages()) {
            Matcher title = Pattern.compile("stage " + stage + " · Scenario #\\d+: (.+)").matcher(d.text());
            if (title.find()) {
                out.put(title.group(1).lines().findFirst().orElseThrow().strip(), d);
            }
        }
        return out;
    }

    static MessageView stageResult(String number, int stage) {
        return league.messages("campaigns").stream()
                .filter(m -> m.text().contains("📊 Campaign #" + number + " · stage " + stage + " closed"))
                .findFirst().orElse(null);
    }

    @Test
    @DisplayName("two stages, three scenarios, 30 members: each invests from two DMs at the same instant more than the budget, none overdraws and invested + remaining = budget for everyone; the stage closes on time and the next starts with each member's balance")
    void campaign() {
        Await.until("the league's members listed", ROUND_TRIP, () -> count(
                "select count(*) from voting.guild_member where guild_id = " + league.id()) >= MEMBERS + 1);
        assertThat(say(chair, "/constitution set", Map.of("variable", "approval", "value", "required")))
                .contains("approval is now required");
        assertThat(say(members.get(0), "/campaign create", Map.of("title", "Autumn league", "stages", 2,
                "hours", 12))).contains("Only members who may manage the server");
        String created = say(chair, "/campaign create", Map.of("title", "Autumn league", "stages", 2, "hours", 12));
        Matcher n = CAMPAIGN.matcher(created);
        assertThat(n.find()).as(created).isTrue();
        String number = n.group(1);
        assertThat(created).contains(BUDGET + " tokens");

        // scenarios: a member's waits for approval, the chair's is approved at once
        assertThat(say(members.get(1), "/campaign scenario", Map.of("campaign", Integer.parseInt(number), "stage", 1,
                "title", "Dungeon race"))).contains("Scenario #1", "awaits an admin's approval");
        assertThat(say(chair, "/campaign scenario", Map.of("campaign", Integer.parseInt(number), "stage", 1,
                "title", "Boss rush"))).contains("Scenario #2", "is approved");
        assertThat(say(members.get(2), "/campaign scenario", Map.of("campaign", Integer.parseInt(number), "stage", 2,
                "title", "Grand final"))).contains("Scenario #3", "awaits");
        assertThat(say(members.get(1), "/campaign approve", Map.of("campaign", Integer.parseInt(number),
                "scenario", 1))).contains("Only members who may manage the server");
        assertThat(say(chair, "/campaign approve", Map.of("campaign", Integer.parseInt(number), "scenario", 1)))
                .contains("Scenario #1 \"Dungeon race\" is approved");
        assertThat(say(chair, "/campaign approve", Map.of("campaign", Integer.parseInt(number), "scenario", 3)))
                .contains("approved for stage 2");

        // stage 1: both scenarios open together; every member gets both ballots by DM, showing the whole budget
        assertThat(say(chair, "/campaign start", Map.of("campaign", Integer.parseInt(number))))
                .contains("Stage 1 of 2 is open", "Dungeon race", "Boss rush");
        for (MemberScript m : members) {
            Await.until(m.name() + "'s two ballots", ROUND_TRIP, () -> ballots(m, 1).size() == 2);
            assertThat(ballots(m, 1).values()).allSatisfy(b -> assertThat(b.text()).contains(
                    "You have **" + BUDGET + " tokens**"));
        }

        // every member opens both forms, then submits 7 and 6 tokens at the same instant: 13 > 10
        Map<MemberScript, List<InteractionTicket>> forms = new HashMap<>();
        for (MemberScript m : members) {
            Map<String, MessageView> b = ballots(m, 1);
            forms.put(m, List.of(m.clicks("Invest tokens", b.get("Dungeon race")),
                    m.clicks("Invest tokens", b.get("Boss rush"))));
        }
        forms.values().forEach(pair -> pair.forEach(t -> Await.until("the form", ROUND_TRIP,
                () -> t.modal().isPresent())));
        Map<MemberScript, List<InteractionTicket>> submitted = new HashMap<>();
        for (MemberScript m : members) {
            List<InteractionTicket> pair = forms.get(m);
            submitted.put(m, List.of(m.submits(pair.get(0), Map.of("tokens", "7")),
                    m.submits(pair.get(1), Map.of("tokens", "6"))));
        }
        for (MemberScript m : members) {
            List<String> answers = submitted.get(m).stream().map(t -> t.awaitReply(r -> !r.text().isBlank(),
                    ROUND_TRIP).text()).toList();
            assertThat(answers).as(m.name()).filteredOn(a -> a.contains("You invested")).hasSize(1);
            assertThat(answers).as(m.name()).filteredOn(a -> a.contains("tokens left")
                    && a.contains("nothing was invested")).hasSize(1);
        }
        String campaignId = "(select campaign_id from voting.campaign where guild_id = " + league.id()
                + " and number = " + number + ")";
        assertThat(count("select count(*) from voting.campaign_budget where campaign_id = " + campaignId
                + " and remaining < 0")).isZero();
        assertThat(count("select count(*) from voting.campaign_budget b where campaign_id = " + campaignId
                + " and b.remaining + (select coalesce(sum(tokens), 0) from voting.investment i where i.campaign_id"
                + " = b.campaign_id and i.user_id = b.user_id) <> " + BUDGET)).as("invested + remaining = budget")
                .isZero();
        assertThat(count("select count(*) from voting.campaign_budget where campaign_id = " + campaignId))
                .isEqualTo(MEMBERS);
        long invested = count("select sum(tokens) from voting.investment where campaign_id = " + campaignId);

        // the stage closes on its timer with each scenario's tokens; the next stage starts with each balance
        Await.until("stage 1's result", ROUND_TRIP, () -> stageResult(number, 1) != null);
        MessageView result = stageResult(number, 1);
        long shown = 0;
        Matcher tokens = Pattern.compile("(\\d+) tokens from (\\d+) members?").matcher(result.text());
        while (tokens.find()) {
            shown += Long.parseLong(tokens.group(1));
        }
        assertThat(shown).as(result.text()).isEqualTo(invested);
        assertThat(say(chair, "/campaign start", Map.of("campaign", Integer.parseInt(number))))
                .contains("Stage 2 of 2 is open", "Grand final");
        MemberScript first = members.get(0);
        Await.until("the stage-2 ballot", ROUND_TRIP, () -> ballots(first, 2).size() == 1);
        long left = count("select remaining from voting.campaign_budget where campaign_id = " + campaignId
                + " and user_id = " + first.id());
        assertThat(ballots(first, 2).get("Grand final").text()).contains("You have **" + left + " tokens**");
        Await.until("stage 2's result", ROUND_TRIP, () -> stageResult(number, 2) != null);
        assertThat(stageResult(number, 2).text()).contains("That was the last stage");
        assertThat(say(chair, "/campaign start", Map.of("campaign", Integer.parseInt(number))))
                .contains("has run all its 2 stages");
    }
}
