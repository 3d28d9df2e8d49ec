package community.platform.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.moderation.Moderator;
import community.platform.contracts.moderation.ShowModReport;
import community.platform.runtime.messaging.Delivery;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.ServiceChecks;
import community.platform.testkit.TableDump;
import community.platform.testkit.TopicTail;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ModerationServiceIT {

    static final String GUILD = "700000000000000031";
    static final String TROLL = "800000000000000066";
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final MessageCodec CODEC = new MessageCodec();

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

            List<TopicTail.Received> seen = replies.awaitUntil(all -> answer(all, byModerator).isPresent()
                    && answer(all, byMember).isPresent(), Duration.ofSeconds(90));
            TopicTail.Received report = answer(seen, byModerator).orElseThrow();
            TopicTail.Received refusal = answer(seen, byMember).orElseThrow();
            assertThat(decode(report).message().embeds()).isNotEmpty();
            assertThat(decode(refusal).message().content()).contains("Only moderators");
            answeredStraight(report, byModerator);
            answeredStraight(refusal, byMember);
        }
    }

    /** The answer carries the id the outbox would have given it, from this service, and no outbox row has it. */
    static void answeredStraight(TopicTail.Received answer, InteractionRef click) throws Exception {
        String expectedId = new Delivery("moderation", click.interactionId(), "moderation.ShowModReport.v1",
                "/gateway", T0, "").derivedId("reply").toString();
        assertThat(answer.ceId()).isEqualTo(expectedId);
        assertThat(answer.header("ce_source")).isEqualTo("/moderation");
        try (Connection c = DriverManager.getConnection(infra.postgres().jdbcUrl(infra.database()), "postgres",
                "postgres")) {
            assertThat(TableDump.single(c, "select count(*) from moderation.outbox where id = '" + expectedId + "'"))
                    .isZero();
        }
    }

    static InteractionRef click(String interactionId, String userId) {
        return new InteractionRef("1300000000000000001", interactionId, "token-" + interactionId,
                "900000000000000100", userId, "en-US", T0);
    }

    static Optional<TopicTail.Received> answer(List<TopicTail.Received> all, InteractionRef click) {
        return all.stream().filter(r -> r.ceType().equals("discord.EditInteractionReply.v1"))
                .filter(r -> decode(r).interaction().interactionId().equals(click.interactionId())).findFirst();
    }

    static EditInteractionReply decode(TopicTail.Received r) {
        return (EditInteractionReply) CODEC.decode(r.ceType(), r.value().getBytes(StandardCharsets.UTF_8));
    }
}
