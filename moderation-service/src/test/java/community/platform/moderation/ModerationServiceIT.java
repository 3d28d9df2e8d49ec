package community.platform.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.moderation.Moderator;
import community.platform.contracts.moderation.ShowModReport;
import community.platform.runtime.messaging.Delivery;
import community.platform.testkit.CommandSender;
import community.platform.testkit.InteractionAnswers;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.ServiceChecks;
import community.platform.testkit.TopicTail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ModerationServiceIT {

    static final String GUILD = "700000000000000031";
    static final String TROLL = "800000000000000066";
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("the moderation service starts on real Kafka and PostgreSQL, is ready, exposes metrics and answers its pipeline probe")
    void startsReadyAndAnswersTheProbe() throws Exception {
        ServiceChecks.startReadyAndProbe(infra, "moderation", ModerationServiceApplication.class);
    }

    @Test
    @DisplayName("GIVEN a moderator's /modreport and a member's WHEN the service answers THEN both answers (the report, the refusal) go straight to discord.actions with the ids the outbox would give them, and no outbox row is written")
    void reportsAnsweredStraight() throws Exception {
        try (RunningApp app = RunningApp.start(ModerationServiceApplication.class, infra,
                List.of("--platform.service=moderation"));
             CommandSender sender = new CommandSender(infra.bootstrapServers());
             TopicTail replies = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_ACTIONS.name()))) {
            String topic = infra.topic(Topics.MODERATION_COMMANDS.name());
            InteractionRef byModerator = click("1310000000000000701", "900000000000000001");
            InteractionRef byMember = click("1310000000000000702", "900000000000000002");
            // MODERATE_MEMBERS (1 << 40): the guild's default moderator permission
            sender.send(topic, GUILD + ":" + TROLL, byModerator.interactionId(), new ShowModReport(GUILD, TROLL,
                    new Moderator(byModerator.userId(), List.of(), "1099511627776"), byModerator));
            sender.send(topic, GUILD + ":" + TROLL, byMember.interactionId(), new ShowModReport(GUILD, TROLL,
                    new Moderator(byMember.userId(), List.of(), "0"), byMember));

            List<TopicTail.Received> seen = replies.awaitUntil(all -> !InteractionAnswers.to(all, byModerator)
                    .isEmpty() && !InteractionAnswers.to(all, byMember).isEmpty(), Duration.ofSeconds(90));
            TopicTail.Received report = InteractionAnswers.to(seen, byModerator).getFirst();
            TopicTail.Received refusal = InteractionAnswers.to(seen, byMember).getFirst();
            assertThat(InteractionAnswers.decode(report).message().embeds()).isNotEmpty();
            assertThat(InteractionAnswers.decode(refusal).message().content()).contains("Only moderators");
            answeredStraight(byModerator, report);
            answeredStraight(byMember, refusal);
        }
    }

    /** The answer has the id the outbox would have given it, and no outbox row has it. */
    static void answeredStraight(InteractionRef click, TopicTail.Received answer) throws Exception {
        InteractionAnswers.assertAnswered(infra, "moderation", new Delivery("moderation", click.interactionId(),
                "moderation.ShowModReport.v1", "/gateway", T0, "").derivedId("reply"), answer, 0);
    }

    static InteractionRef click(String interactionId, String userId) {
        return new InteractionRef("1300000000000000001", interactionId, "token-" + interactionId,
                "900000000000000100", userId, "en-US", T0);
    }
}
