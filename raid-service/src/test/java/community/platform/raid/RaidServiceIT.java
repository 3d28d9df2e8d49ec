package community.platform.raid;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.raid.PostRaidBoard;
import community.platform.contracts.raid.ShowRaids;
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

class RaidServiceIT {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final String GUILD = "700000000000000031";
    static final String MANAGE_SERVER = "32";
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("the raid service starts on real Kafka and PostgreSQL, is ready, exposes metrics and answers its pipeline probe")
    void startsReadyAndAnswersTheProbe() throws Exception {
        ServiceChecks.startReadyAndProbe(infra, "raid", RaidServiceApplication.class);
    }

    @Test
    @DisplayName("GIVEN /status, /xp, the dungeons and the calendar link asked, and the raid list posted WHEN the raid service answers THEN each read goes straight to discord.actions with the id the outbox would give it and no outbox row, the calendar link asked again is answered again with the same id and link, and the board's answer takes the outbox")
    void readsAnsweredStraight() throws Exception {
        try (RunningApp app = RunningApp.start(RaidServiceApplication.class, infra,
                List.of("--platform.service=raid"));
             CommandSender sender = new CommandSender(infra.bootstrapServers());
             TopicTail actions = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_ACTIONS.name()))) {
            String topic = infra.topic(Topics.RAID_COMMANDS.name());
            String key = GUILD + ":raids";
            InteractionRef status = click("1310000000000000801");
            InteractionRef xp = click("1310000000000000802");
            InteractionRef dungeons = click("1310000000000000803");
            InteractionRef calendar = click("1310000000000000804");
            InteractionRef board = click("1310000000000000805");
            sender.send(topic, key, status.interactionId(), show(ShowRaids.What.STATUS, status, "0"));
            sender.send(topic, key, xp.interactionId(), show(ShowRaids.What.XP, xp, "0"));
            sender.send(topic, key, dungeons.interactionId(), show(ShowRaids.What.DUNGEONS, dungeons, "0"));
            sender.send(topic, key, calendar.interactionId(), show(ShowRaids.What.CALENDAR, calendar, MANAGE_SERVER));
            sender.send(topic, key, board.interactionId(), new PostRaidBoard(GUILD, PostRaidBoard.Board.LIST, board,
                    MANAGE_SERVER));

            List<TopicTail.Received> seen = actions.awaitUntil(all -> List.of(status, xp, dungeons, calendar, board)
                    .stream().allMatch(c -> !answers(all, c).isEmpty()), WAIT);
            assertThat(content(answers(seen, status).getFirst())).contains("Raids here: 0 open");
            assertThat(content(answers(seen, xp).getFirst())).contains("No voice XP yet");
            assertThat(content(answers(seen, dungeons).getFirst())).contains("Dungeons:");
            assertThat(content(answers(seen, calendar).getFirst())).contains("/calendar/");
            for (InteractionRef read : List.of(status, xp, dungeons, calendar)) {
                answeredWith(answers(seen, read).getFirst(), read, MessageCatalog.SHOW_RAIDS.type(), 0L);
            }
            assertThat(content(answers(seen, board).getFirst())).contains("is posted in");
            answeredWith(answers(seen, board).getFirst(), board, MessageCatalog.POST_RAID_BOARD.type(), 1L);

            // as a crash redelivers it: the same id, after the inbox has recorded it and the secret was made
            sender.send(topic, key, calendar.interactionId(), show(ShowRaids.What.CALENDAR, calendar, MANAGE_SERVER));
            List<TopicTail.Received> links = answers(actions.awaitUntil(all -> answers(all, calendar).size() == 2,
                    WAIT), calendar);
            assertThat(links.stream().map(TopicTail.Received::ceId).distinct()).hasSize(1);
            assertThat(links.stream().map(RaidServiceIT::content).distinct()).hasSize(1);
        }
    }

    static ShowRaids show(ShowRaids.What what, InteractionRef click, String permissions) {
        return new ShowRaids(GUILD, what, click, permissions, "Ayla", null, false);
    }

    /** The answer has the id the outbox gives the command's reply; {@code outboxRows} rows of the outbox have it. */
    static void answeredWith(TopicTail.Received answer, InteractionRef click, String type, long outboxRows)
            throws Exception {
        InteractionAnswers.assertAnswered(infra, "raid", new Delivery("raid", click.interactionId(), type, "/gateway",
                T0, "").derivedId("reply"), answer, outboxRows);
    }

    static InteractionRef click(String interactionId) {
        return new InteractionRef("1300000000000000001", interactionId, "token-" + interactionId,
                "900000000000000100", "900000000000000001", "en-US", T0);
    }

    static List<TopicTail.Received> answers(List<TopicTail.Received> all, InteractionRef click) {
        return InteractionAnswers.to(all, click);
    }

    static String content(TopicTail.Received r) {
        return InteractionAnswers.decode(r).message().content();
    }
}
