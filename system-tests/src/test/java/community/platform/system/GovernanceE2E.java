package community.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MemberScript;
import community.platform.discord.emulator.script.MessageView;
import community.platform.testkit.Await;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.voting.VotingServiceApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * Governance through real JDA, the emulator (Discord's limits and faults on), the gateway, voting and the scheduler,
 * platform time 600 times faster (an hour in 6 s): proposals close exactly at their deadline with nobody clicking,
 * with their result; a tie has no winner and is "Closed", never "Failed"; the proposer closes early, others may not;
 * every voter reads their own ballot privately.
 */
class GovernanceE2E {

    static final double SCALE = 600;
    static final Duration ROUND_TRIP = Duration.ofSeconds(60);
    static final Pattern NUMBER = Pattern.compile("Proposal #(\\d+)");

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Instant SINCE = Instant.now();
    static DiscordEmulator discord;
    static GuildScript assembly;
    /** a guild of five people with its own constitution (and the bot): its owner, an admin and three members */
    static GuildScript quorate;
    static MemberScript chair;
    /** a guild whose ballots go by DM: a proposer, two members, and one whose DMs are closed */
    static GuildScript postal;
    static MemberScript clerk;
    static final List<MemberScript> postalMembers = new ArrayList<>();
    static MemberScript closedDms;
    static final List<MemberScript> citizens = new ArrayList<>();
    static MemberScript alice;
    static MemberScript bob;
    static MemberScript carol;
    static RunningApp voting;
    static RunningApp scheduler;
    static RunningApp gateway;

    @BeforeAll
    static void start() {
        discord = DiscordEmulator.start();
        assembly = discord.createGuild("Assembly");
        assembly.textChannel("proposals");
        alice = assembly.member("alice");
        bob = assembly.member("bob");
        carol = assembly.member("carol");
        quorate = discord.createGuild("Quorate");
        quorate.textChannel("proposals");
        chair = quorate.member("chair", quorate.role("Chair", 1L << 5));
        for (int i = 1; i <= 3; i++) {
            citizens.add(quorate.member("citizen" + i));
        }
        postal = discord.createGuild("Postal");
        postal.textChannel("proposals");
        clerk = postal.member("clerk");
        postalMembers.add(postal.member("ivy"));
        postalMembers.add(postal.member("jon"));
        closedDms = postal.member("kim");
        closedDms.closesDms();
        voting = startVoting();
        scheduler = ModerationE2E.startScheduler(infra, SCALE, SINCE);
        gateway = ProposalVotingE2E.startGateway(discord, infra);
    }

    static RunningApp startVoting() {
        List<String> args = new ArrayList<>(List.of("--platform.service=voting"));
        args.addAll(ModerationE2E.clock(SCALE, SINCE));
        return RunningApp.start(VotingServiceApplication.class, infra, args);
    }

    @AfterAll
    static void stop() {
        EmulatedDiscord.closeAll(gateway, scheduler, voting, discord);
    }

    static MessageView open(MemberScript member, String title, int hours) {
        InteractionTicket t = member.runs("#proposals", "/proposal", Map.of("title", title, "hours", hours));
        return t.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
    }

    static String number(MessageView proposal) {
        Matcher m = NUMBER.matcher(proposal.text());
        assertThat(m.find()).as("a numbered proposal: " + proposal.text()).isTrue();
        return m.group(1);
    }

    /** The result message posted when the proposal numbered so closed. */
    static MessageView awaitResult(String number) {
        Await.until("Proposal #" + number + "'s result", ROUND_TRIP, () -> result(number) != null);
        return result(number);
    }

    static MessageView result(String number) {
        return assembly.messages("proposals").stream()
                .filter(m -> m.text().contains("📊 Proposal #" + number + " closed")).findFirst().orElse(null);
    }

    static long listedMembers(GuildScript guild) {
        return EmulatedDiscord.counted(infra, "select count(*) from voting.guild_member where guild_id = "
                + guild.id());
    }

    static MessageView now(MessageView proposal) {
        return assembly.message("proposals", proposal.id());
    }

    @Test
    @DisplayName("a proposal nobody clicks closes at its deadline by the scheduler's timer: the result is posted, the proposal edited with its buttons disabled, 'Closed' without a winner")
    void closesAtItsDeadline() {
        MessageView proposal = open(alice, "Closes by itself", 1);
        String number = number(proposal);
        assertThat(proposal.text()).contains("Proposal #" + number + ": Closes by itself");
        MessageView result = awaitResult(number);
        assertThat(result.text()).contains("at its deadline", "Closed without a winner: nobody voted")
                .doesNotContain("Failed");
        Await.until("the proposal shown closed", ROUND_TRIP, () -> now(proposal).text().contains("Voting closed"));
        assertThat(now(proposal).buttons()).allMatch(MessageView.ButtonView::disabled)
                .extracting(MessageView.ButtonView::label).doesNotContain("Close now");
    }

    @Test
    @DisplayName("every voter reads their own ballot privately; a tie at the deadline has no winner; a click after it hears voting has closed")
    void tieAndConfirmations() {
        MessageView proposal = open(alice, "A tie", 1);
        String number = number(proposal);
        InteractionTicket yes = bob.clicks("Yes", proposal);
        assertThat(yes.awaitFollowup(m -> m.text().contains("You voted **Yes** on Proposal #" + number), ROUND_TRIP)
                .ephemeral()).isTrue();
        InteractionTicket no = carol.clicks("No", proposal);
        no.awaitFollowup(m -> m.text().contains("You voted **No**"), ROUND_TRIP);
        MessageView result = awaitResult(number);
        assertThat(result.text()).contains("Closed without a winner: a tie", "✅ Yes", "❌ No");
        Await.until("the proposal shown closed", ROUND_TRIP, () -> now(proposal).text().contains("a tie"));
        InteractionTicket late = carol.clicksCustomId(proposal.button("Yes").customId(), now(proposal));
        late.awaitFollowup(m -> m.text().contains("Voting on Proposal #" + number + " has closed"), ROUND_TRIP);
    }

    @Test
    @DisplayName("the proposer closes early with a winner; another member may not; a click on one's choice again withdraws it")
    void earlyClose() {
        MessageView proposal = open(alice, "Early", 48);
        String number = number(proposal);
        bob.clicks("Yes", proposal).awaitFollowup(m -> m.text().contains("You voted **Yes**"), ROUND_TRIP);
        carol.clicks("No", proposal).awaitFollowup(m -> m.text().contains("You voted **No**"), ROUND_TRIP);
        carol.clicks("No", now(proposal)).awaitFollowup(m -> m.text().contains("was withdrawn"), ROUND_TRIP);
        InteractionTicket refused = carol.clicks("Close now", now(proposal));
        refused.awaitFollowup(m -> m.text().contains("Only the member who proposed"), ROUND_TRIP);
        assertThat(result(number)).isNull();
        alice.clicks("Close now", now(proposal));
        MessageView result = awaitResult(number);
        assertThat(result.text()).contains("early by <@" + alice.id() + ">", "**Yes** won.");
        Await.until("the proposal shown closed", ROUND_TRIP, () -> now(proposal).text().contains("**Yes** won."));
        assertThat(now(proposal).buttons()).allMatch(MessageView.ButtonView::disabled);
    }

    @Test
    @DisplayName("a member who may manage the server closes someone else's proposal early")
    void adminClosesEarly() {
        MessageView proposal = open(bob, "Admin closes", 48);
        MemberScript admin = assembly.member("admin", assembly.role("Admins", Permissions.MANAGE_CHANNELS
                | (1L << 5)));
        admin.clicks("Close now", proposal);
        MessageView result = awaitResult(number(proposal));
        assertThat(result.text()).contains("early by <@" + admin.id() + ">", "nobody voted");
    }

    @Test
    @DisplayName("the constitution: a member who may manage the server sets a 50 % quorum (recorded with who), others may not; a proposal one of six votes on closes 'quorum missed'")
    void constitutionQuorum() throws Exception {
        String quorum = quorate.member("citizen1").runs("#proposals", "/constitution set", Map.of("variable", "quorum",
                "value", "10")).awaitReply(m -> !m.text().isBlank(), ROUND_TRIP).text();
        assertThat(quorum).contains("Only members who may manage the server");
        String set = chair.runs("#proposals", "/constitution set", Map.of("variable", "quorum", "value", "50"))
                .awaitReply(m -> !m.text().isBlank(), ROUND_TRIP).text();
        assertThat(set).contains("quorum is now 50 % (was 0 %)");
        assertThat(chair.runs("#proposals", "/constitution set", Map.of("variable", "threshold", "value", "40"))
                .awaitReply(m -> !m.text().isBlank(), ROUND_TRIP).text())
                .contains("threshold is a whole percentage from 50 to 100");
        assertThat(EmulatedDiscord.count(infra, "select count(*) from voting.constitution_change where guild_id = "
                + quorate.id() + " and variable = 'quorum' and value = '50' and changed_by = " + chair.id()))
                .isEqualTo(1);
        assertThat(citizens.get(1).runs("#proposals", "/constitution show", Map.of())
                .awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP).text()).contains("50 % of the members");

        InteractionTicket t = chair.runs("#proposals", "/proposal", Map.of("title", "Needs a quorum", "hours", 1));
        MessageView proposal = t.awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        assertThat(proposal.text()).contains("Quorum 50 % of members");
        citizens.get(0).clicks("Yes", proposal).awaitFollowup(m -> m.text().contains("You voted"), ROUND_TRIP);
        String number = number(proposal);
        Await.until("the result", ROUND_TRIP, () -> quorate.messages("proposals").stream()
                .anyMatch(m -> m.text().contains("📊 Proposal #" + number + " closed")));
        MessageView result = quorate.messages("proposals").stream()
                .filter(m -> m.text().contains("📊 Proposal #" + number + " closed")).findFirst().orElseThrow();
        // the people of the guild: its owner, the chair and three citizens (bots are not members anyone counts)
        assertThat(result.text()).contains("the quorum was missed (of 5 members, 50 % had to vote)");
    }

    @Test
    @DisplayName("voting and the scheduler restarted mid-vote: a ballot clicked while they were away counts, and the proposal still closes by its deadline")
    void restartMidVote() {
        MessageView proposal = open(alice, "Across restarts", 2);
        String number = number(proposal);
        bob.clicks("Yes", proposal).awaitFollowup(m -> m.text().contains("You voted **Yes**"), ROUND_TRIP);
        voting.close();
        scheduler.close();
        // recorded by the gateway while voting is away: the member is acknowledged at once
        InteractionTicket away = carol.clicks("No", now(proposal));
        assertThat(away.awaitAck(ProposalVotingE2E.DEADLINE)).isPresent();
        voting = startVoting();
        scheduler = ModerationE2E.startScheduler(infra, SCALE, SINCE);
        MessageView result = awaitResult(number);
        assertThat(result.text()).contains("at its deadline", "Closed without a winner: a tie", "✅ Yes: 1",
                "❌ No: 1");
    }

    @Test
    @DisplayName("a ranked ballot of five options entered with selects: each member reads their ranking, the runoff's tie-breaks are recorded, and the result carries its bar chart as a PNG the embed shows")
    void rankedBallotWithChart() throws Exception {
        MemberScript fay = assembly.member("fay");
        MessageView proposal = alice.runs("#proposals", "/proposal", Map.of("title", "Next dungeon", "hours", 48,
                "options", "Ember Vault; Frost Keep; Sunken Temple; Crystal Mine; Ash Peak", "method", "ranked"))
                .awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        String number = number(proposal);
        assertThat(proposal.selects()).extracting(MessageView.SelectView::placeholder)
                .containsExactly("1st choice", "2nd choice", "3rd choice", "4th choice");
        assertThat(proposal.buttons()).extracting(MessageView.ButtonView::label)
                .containsExactly("Abstain", "Withdraw", "Close now");
        bob.picks("1st choice", proposal, "Ember Vault").awaitFollowup(m -> m.text().contains(
                "Your ranking on Proposal #" + number + ": **1. Ember Vault**"), ROUND_TRIP);
        bob.picks("2nd choice", now(proposal), "Frost Keep").awaitFollowup(m -> m.text().contains(
                "**1. Ember Vault · 2. Frost Keep**"), ROUND_TRIP);
        carol.picks("1st choice", now(proposal), "Frost Keep").awaitFollowup(m -> m.text().contains(
                "**1. Frost Keep**"), ROUND_TRIP);
        alice.picks("1st choice", now(proposal), "Sunken Temple").awaitFollowup(m -> m.text().contains(
                "**1. Sunken Temple**"), ROUND_TRIP);
        alice.picks("2nd choice", now(proposal), "Frost Keep").awaitFollowup(m -> m.text().contains(
                "**1. Sunken Temple · 2. Frost Keep**"), ROUND_TRIP);
        fay.picks("1st choice", now(proposal), "Frost Keep").awaitFollowup(m -> m.text().contains(
                "**1. Frost Keep**"), ROUND_TRIP);
        alice.clicks("Close now", now(proposal));
        // first choices: Frost Keep 2, Ember Vault 1, Sunken Temple 1; Ash Peak and Crystal Mine (none) go first,
        // then Sunken Temple (tied with Ember Vault in every round, listed later): Alice's ballot moves to Frost Keep
        MessageView result = awaitResult(number);
        assertThat(result.text()).contains("**Frost Keep** won.", "Round 1: Ember Vault 1 · Frost Keep 2",
                "Tie-break:", "listed last");
        assertThat(result.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("proposal-" + number + ".png");
            assertThat(a.contentType()).isEqualTo("image/png");
            assertThat(result.embeds().get(0).image()).isEqualTo(a.url());
            try {
                java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(
                        new java.io.ByteArrayInputStream(a.data()));
                assertThat(chart.getHeight()).as("a bar per option").isGreaterThan(5 * 30);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        Await.until("the proposal shown closed", ROUND_TRIP, () -> now(proposal).text().contains("**Frost Keep** won."));
        assertThat(now(proposal).selects()).allMatch(MessageView.SelectView::disabled);
    }

    @Test
    @DisplayName("seven options take a select: picking one casts it, the same again withdraws it; an approval ballot approves several at once")
    void selectBallots() {
        MessageView seven = alice.runs("#proposals", "/proposal", Map.of("title", "Snack", "hours", 48,
                "options", "Apples;Pears;Plums;Grapes;Figs;Dates;Kiwis")).awaitReply(m -> !m.embeds().isEmpty(),
                ROUND_TRIP);
        assertThat(seven.selects()).singleElement().satisfies(s -> assertThat(s.options()).hasSize(7));
        bob.picks("Choose one option", seven, "Figs").awaitFollowup(m -> m.text().contains("You voted **Figs**"),
                ROUND_TRIP).text();
        Await.until("the count shown", ROUND_TRIP, () -> now(seven).text().contains("Figs: 1"));
        bob.picks("Choose one option", now(seven), "Figs").awaitFollowup(m -> m.text().contains("was withdrawn"),
                ROUND_TRIP);
        MessageView approval = alice.runs("#proposals", "/proposal", Map.of("title", "Movie nights", "hours", 48,
                "options", "Friday;Saturday;Sunday", "method", "approval")).awaitReply(m -> !m.embeds().isEmpty(),
                ROUND_TRIP);
        carol.picks("Approve any options", approval, "Friday", "Sunday").awaitFollowup(m -> m.text().contains(
                "You approve **Friday, Sunday**"), ROUND_TRIP);
        Await.until("the approvals shown", ROUND_TRIP, () -> now(approval).text().contains("Friday: 1")
                && now(approval).text().contains("Sunday: 1") && now(approval).text().contains("Saturday: 0"));
    }

    @Test
    @DisplayName("ballots by DM: every member gets the ballot in a DM and votes there (the guild taken from the proposal); a member whose DMs are closed votes with the proposal's Vote button; the proposal's counts follow")
    void dmBallots() {
        // the guild's members reach voting through the gateway's listing
        Await.until("Postal's members listed", ROUND_TRIP, () -> listedMembers(postal) >= 4);
        MessageView proposal = clerk.runs("#proposals", "/proposal", Map.of("title", "By post", "hours", 48, "dm", true))
                .awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        String number = number(proposal);
        assertThat(proposal.buttons()).extracting(MessageView.ButtonView::label).containsExactly("Vote", "Close now");
        for (MemberScript m : postalMembers) {
            Await.until(m.name() + "'s DM ballot", ROUND_TRIP, () -> m.directMessages().stream()
                    .anyMatch(d -> d.text().contains("Proposal #" + number) && !d.buttons().isEmpty()));
        }
        assertThat(closedDms.directMessages()).isEmpty();
        MessageView ivyBallot = postalMembers.get(0).directMessages().stream()
                .filter(d -> d.text().contains("Proposal #" + number)).findFirst().orElseThrow();
        assertThat(ivyBallot.buttons()).extracting(MessageView.ButtonView::label)
                .containsExactly("Yes", "No", "Abstain");
        postalMembers.get(0).clicks("Yes", ivyBallot).awaitFollowup(m -> m.text().contains(
                "You voted **Yes** on Proposal #" + number), ROUND_TRIP);
        MessageView jonBallot = postalMembers.get(1).directMessages().stream()
                .filter(d -> d.text().contains("Proposal #" + number)).findFirst().orElseThrow();
        postalMembers.get(1).clicks("Yes", jonBallot).awaitFollowup(m -> m.text().contains("You voted **Yes**"),
                ROUND_TRIP);
        Await.until("the proposal's counts", ROUND_TRIP, () -> postal.message("proposals", proposal.id()).text()
                .contains("Yes: 2"));
        // DMs closed: the proposal's Vote button shows the ballot privately, in the guild
        MessageView privateBallot = closedDms.clicks("Vote", proposal).awaitFollowup(
                m -> m.text().contains("Your ballot: none yet"), ROUND_TRIP);
        assertThat(privateBallot.ephemeral()).isTrue();
        closedDms.clicks("No", privateBallot).awaitFollowup(m -> m.text().contains("You voted **No**"), ROUND_TRIP);
        clerk.clicks("Close now", postal.message("proposals", proposal.id()));
        Await.until("the result", ROUND_TRIP, () -> postal.messages("proposals").stream()
                .anyMatch(m -> m.text().contains("📊 Proposal #" + number + " closed")));
        MessageView result = postal.messages("proposals").stream()
                .filter(m -> m.text().contains("📊 Proposal #" + number + " closed")).findFirst().orElseThrow();
        assertThat(result.text()).contains("**Yes** won.", "✅ Yes: 2", "❌ No: 1");
    }

    @Test
    @DisplayName("a secret ballot with a hidden tally for one role: members without the role are refused, counts appear only once closed, and no call the bot made to Discord names a voter beside a choice")
    void secretRestrictedBallot() {
        long voters = assembly.role("Voters", 0);
        MemberScript dora = assembly.member("dora", voters);
        MemberScript eli = assembly.member("eli", voters);
        int callsBefore = discord.calls().size();
        MessageView proposal = alice.runs("#proposals", "/proposal", Map.of("title", "Secret", "hours", 48,
                "secret", true, "hidden", true, "role", Long.toString(voters)))
                .awaitReply(m -> !m.embeds().isEmpty(), ROUND_TRIP);
        String number = number(proposal);
        assertThat(proposal.text()).contains("hidden until voting closes", "Secret ballot");
        bob.clicks("Yes", proposal).awaitFollowup(m -> m.text().contains("Only members with the role"), ROUND_TRIP);
        dora.clicks("Yes", proposal).awaitFollowup(m -> m.text().contains("You voted **Yes**"), ROUND_TRIP);
        eli.clicks("No", now(proposal)).awaitFollowup(m -> m.text().contains("You voted **No**"), ROUND_TRIP);
        assertThat(now(proposal).text()).doesNotContain("Yes: 1");
        alice.clicks("Close now", now(proposal));
        MessageView result = awaitResult(number);
        assertThat(result.text()).contains("✅ Yes: 1", "❌ No: 1", "a tie");
        for (var call : discord.calls().subList(callsBefore, discord.calls().size())) {
            String body = call.body() == null ? "" : call.body().toString().toLowerCase(java.util.Locale.ROOT);
            for (MemberScript voter : List.of(dora, eli)) {
                assertThat(body).as(call.route()).doesNotContain("<@" + voter.id() + "> yes")
                        .doesNotContain("<@" + voter.id() + "> no");
            }
        }
    }
}
