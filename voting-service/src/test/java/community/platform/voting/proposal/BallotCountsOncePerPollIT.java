package community.platform.voting.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Message;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.discord.SendInteractionFollowup;
import community.platform.contracts.voting.CastBallot;
import community.platform.contracts.voting.OpenProposal;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail;
import community.platform.voting.VotingServiceApplication;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clicks on one proposal's message read in one poll: every ballot counted and confirmed to its voter, and the message
 * edited once for the poll (not once per click), by the last click's answer, showing every ballot.
 */
class BallotCountsOncePerPollIT {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final String GUILD = "700000000000000001";
    static final String CHANNEL = "900000000000000001";
    static final String MESSAGE = "910000000000000001";
    static final int CLICKS = 30;
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final MessageCodec CODEC = new MessageCodec();
    static final AtomicLong IDS = new AtomicLong(1_330_000_000_000_000_000L);

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static InteractionRef click(String user, Instant at, String message) {
        String id = Long.toString(IDS.incrementAndGet());
        return new InteractionRef("1300000000000000001", id, "token-" + id, CHANNEL, user, "en-US", at, message);
    }

    static Message decode(TopicTail.Received r) {
        return CODEC.decode(r.ceType(), r.value().getBytes(StandardCharsets.UTF_8));
    }

    static final List<String> ARGS = List.of("--platform.service=voting", "--platform.kafka.partitions=1");

    /**
     * A proposal opened by {@code opener} while voting runs, its reply written; voting is stopped again, so that the
     * clicks sent next wait in Kafka and it reads them together. Returns the proposal's id.
     */
    static String opened(CommandSender sender, TopicTail actions, String opener, String title) {
        InteractionRef open = click(opener, T0, null);
        String proposal = open.interactionId();
        try (RunningApp app = RunningApp.start(VotingServiceApplication.class, infra, ARGS)) {
            sender.send(infra.topic(Topics.VOTING_COMMANDS.name()), proposal, new OpenProposal(GUILD, proposal, title,
                    null, null, open));
            actions.awaitUntil(all -> all.stream().map(BallotCountsOncePerPollIT::decode).anyMatch(m ->
                    m instanceof EditInteractionReply e && e.interaction().interactionId().equals(proposal)), WAIT);
        }
        return proposal;
    }

    @Test
    @DisplayName("GIVEN 30 clicks on one proposal's message waiting in Kafka WHEN voting reads them in a poll THEN all 30 "
            + "are counted and confirmed privately, and the message is edited fewer times than clicked, last with all "
            + "30 ballots")
    void oneEditOfTheMessagePerPoll() throws Exception {
        String topic = infra.topic(Topics.VOTING_COMMANDS.name());
        try (CommandSender sender = new CommandSender(infra.bootstrapServers());
             TopicTail actions = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_ACTIONS.name()))) {
            String proposal = opened(sender, actions, "800000000000000001", "Raid on Fridays");
            // the clicks wait in Kafka while voting is away, so that it reads them together
            List<InteractionRef> clicks = new ArrayList<>();
            for (int i = 0; i < CLICKS; i++) {
                InteractionRef c = click(Long.toString(810_000_000_000_000_000L + i), T0.plusSeconds(60 + i), MESSAGE);
                clicks.add(c);
                sender.send(topic, proposal, new CastBallot(GUILD, proposal, CastBallot.Choice.OPTION, c, List.of(),
                        i % 2, null, null, null));
            }
            Set<String> clicked = clicks.stream().map(InteractionRef::interactionId).collect(Collectors.toSet());
            try (RunningApp app = RunningApp.start(VotingServiceApplication.class, infra, ARGS)) {
                String lastClick = clicks.getLast().interactionId();
                // every confirmation, and the edit the poll's end writes after them (it may come in a later fetch)
                List<Message> answers = actions.awaitUntil(all -> {
                    List<Message> seen = all.stream().map(BallotCountsOncePerPollIT::decode).toList();
                    return seen.stream().filter(m -> m instanceof SendInteractionFollowup f
                            && clicked.contains(f.interaction().interactionId())).count() == CLICKS
                            && seen.stream().anyMatch(m -> m instanceof EditInteractionReply e
                            && e.interaction().interactionId().equals(lastClick));
                }, WAIT).stream().map(BallotCountsOncePerPollIT::decode).toList();
                List<EditInteractionReply> edits = answers.stream().filter(m -> m instanceof EditInteractionReply e
                        && clicked.contains(e.interaction().interactionId())).map(EditInteractionReply.class::cast)
                        .toList();
                assertThat(edits).as("the message's edits: one per poll, not one per click").isNotEmpty()
                        .hasSizeLessThan(CLICKS);
                EditInteractionReply last = edits.getLast();
                assertThat(last.interaction().interactionId()).as("the last click answers with the message")
                        .isEqualTo(lastClick);
                assertThat(last.message().embeds().getFirst().footer()).isEqualTo(CLICKS + " ballots");
            }
        }
    }

    @Test
    @DisplayName("GIVEN members who click twice or three times on one proposal, their clicks waiting in Kafka WHEN voting "
            + "reads them together THEN each click sees the ballot the one before it left (cast, changed, withdrawn, "
            + "cast again) and the message shows the ballots the last clicks left")
    void eachClickSeesTheBallotItsPollLeft() throws Exception {
        String topic = infra.topic(Topics.VOTING_COMMANDS.name());
        String message = "910000000000000002";
        try (CommandSender sender = new CommandSender(infra.bootstrapServers());
             TopicTail actions = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_ACTIONS.name()))) {
            String proposal = opened(sender, actions, "800000000000000002", "Raid on Sundays");
            // member, option clicked (0 Yes, 1 No), and what the confirmation of that click says
            String a = "820000000000000001";
            String b = "820000000000000002";
            String c = "820000000000000003";
            List<Object[]> script = List.of(
                    new Object[] {a, 0, "You voted **Yes**"}, new Object[] {b, 0, "You voted **Yes**"},
                    new Object[] {c, 1, "You voted **No**"}, new Object[] {a, 1, "You voted **No**"},
                    new Object[] {b, 0, "was withdrawn"}, new Object[] {c, 1, "was withdrawn"},
                    new Object[] {c, 0, "You voted **Yes**"});
            List<InteractionRef> clicks = new ArrayList<>();
            for (int i = 0; i < script.size(); i++) {
                InteractionRef click = click((String) script.get(i)[0], T0.plusSeconds(60 + i), message);
                clicks.add(click);
                sender.send(topic, proposal, new CastBallot(GUILD, proposal, CastBallot.Choice.OPTION, click,
                        List.of(), (Integer) script.get(i)[1], null, null, null));
            }
            String lastClick = clicks.getLast().interactionId();
            try (RunningApp app = RunningApp.start(VotingServiceApplication.class, infra, ARGS)) {
                List<Message> answers = actions.awaitUntil(all -> {
                    List<Message> seen = all.stream().map(BallotCountsOncePerPollIT::decode).toList();
                    return clicks.stream().allMatch(k -> seen.stream().anyMatch(m -> m instanceof SendInteractionFollowup f
                            && f.interaction().interactionId().equals(k.interactionId())))
                            && seen.stream().anyMatch(m -> m instanceof EditInteractionReply e
                            && e.interaction().interactionId().equals(lastClick));
                }, WAIT).stream().map(BallotCountsOncePerPollIT::decode).toList();
                for (int i = 0; i < clicks.size(); i++) {
                    String id = clicks.get(i).interactionId();
                    SendInteractionFollowup confirmation = answers.stream()
                            .filter(m -> m instanceof SendInteractionFollowup f
                                    && f.interaction().interactionId().equals(id))
                            .map(SendInteractionFollowup.class::cast).findFirst().orElseThrow();
                    assertThat(confirmation.message().content()).as("the confirmation of click %d", i + 1)
                            .contains((String) script.get(i)[2]);
                }
                EditInteractionReply last = answers.stream().filter(m -> m instanceof EditInteractionReply e
                        && e.interaction().interactionId().equals(lastClick)).map(EditInteractionReply.class::cast)
                        .findFirst().orElseThrow();
                assertThat(last.message().embeds().getFirst().footer()).as("a votes No, c votes Yes, b withdrew")
                        .isEqualTo("2 ballots");
            }
        }
    }
}
