package community.platform.scheduler.timer;

import static community.platform.scheduler.SchedulerHarness.GUILD;
import static community.platform.scheduler.SchedulerHarness.commands;
import static community.platform.scheduler.SchedulerHarness.firingsOf;
import static community.platform.scheduler.SchedulerHarness.moderationCommands;
import static community.platform.scheduler.SchedulerHarness.timer;
import static community.platform.scheduler.SchedulerHarness.timerRow;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.CloudEventHeaders;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.scheduler.CancelTimer;
import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.scheduler.SchedulerHarness;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail;
import community.platform.testkit.TopicTail.Received;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.JsonNodeFactory;

/** Timers on one running scheduler: fire once when due, cancel, move, and refuse what they must. */
class TimersIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Duration WAIT = Duration.ofSeconds(60);
    static final MessageCodec codec = new MessageCodec();
    static CommandSender sender;
    static RunningApp scheduler;

    @BeforeAll
    static void start() {
        sender = new CommandSender(infra.bootstrapServers());
        scheduler = SchedulerHarness.start(infra);
    }

    @AfterAll
    static void stop() {
        scheduler.close();
        sender.close();
    }

    @Test
    @DisplayName("a timer fires once when due: TimerFired on the owner's commands topic, keyed by its entity, payload handed back")
    void firesOnceWhenDue() {
        try (var tail = new TopicTail(infra.bootstrapServers(), moderationCommands(infra))) {
            Instant due = Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            ScheduleTimer request = timer("fires", due);
            sender.send(commands(infra), request.key(), request);
            sender.send(commands(infra), request.key(), request); // the same request again: nothing new

            Received firing = tail.awaitUntil(r -> !firingsOf(r, "fires").isEmpty(), WAIT).getFirst();
            TimerFired fired = (TimerFired) codec.decode(firing.ceType(), firing.value().getBytes());
            assertThat(fired.dueAt()).isEqualTo(due);
            assertThat(fired.firedAt()).isAfterOrEqualTo(due).isBefore(due.plusSeconds(2));
            assertThat(fired.generation()).isEqualTo(1);
            assertThat(fired.payload().get("timer").asString()).isEqualTo("fires");
            assertThat(firing.header(CloudEventHeaders.SOURCE)).isEqualTo("/scheduler");
            assertThat(firing.ceId()).isEqualTo(TimerFiring.firingId(new TimerRef("moderation", "fires", 1)).toString());

            assertThat(firingsOf(tail.drain(Duration.ofSeconds(3)), "fires")).hasSize(1);
            assertThat(timerRow(scheduler, "fires")).containsEntry("state", "fired");
        }
    }

    @Test
    @DisplayName("a timer cancelled before it is due never fires")
    void cancelledNeverFires() {
        try (var tail = new TopicTail(infra.bootstrapServers(), moderationCommands(infra))) {
            ScheduleTimer request = timer("cancelled", Instant.now().plusSeconds(3));
            sender.send(commands(infra), request.key(), request);
            sender.send(commands(infra), request.key(), new CancelTimer(GUILD, "moderation", "cancelled"));
            // a cancel from another guild for a live timer is not honoured
            ScheduleTimer other = timer("kept", Instant.now().plusSeconds(3));
            sender.send(commands(infra), other.key(), other);
            sender.send(commands(infra), other.key(), new CancelTimer("999", "moderation", "kept"));

            List<Received> seen = tail.awaitUntil(r -> !firingsOf(r, "kept").isEmpty(), WAIT);
            seen = tail.drain(Duration.ofSeconds(2));
            assertThat(firingsOf(seen, "cancelled")).isEmpty();
            assertThat(timerRow(scheduler, "cancelled")).containsEntry("state", "cancelled");
        }
    }

    @Test
    @DisplayName("rescheduling moves the due time: one firing, at the new time, as the next generation")
    void reschedulingMovesTheDueTime() {
        try (var tail = new TopicTail(infra.bootstrapServers(), moderationCommands(infra))) {
            ScheduleTimer later = timer("moved", Instant.now().plusSeconds(4));
            sender.send(commands(infra), later.key(), later);
            Instant sooner = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            ScheduleTimer moved = timer("moved", sooner);
            sender.send(commands(infra), moved.key(), moved);

            tail.awaitUntil(r -> !firingsOf(r, "moved").isEmpty(), WAIT);
            List<Received> firings = firingsOf(tail.drain(Duration.ofSeconds(6)), "moved");
            assertThat(firings).hasSize(1);
            TimerFired fired = (TimerFired) codec.decode(firings.getFirst().ceType(),
                    firings.getFirst().value().getBytes());
            assertThat(fired.dueAt()).isEqualTo(sooner);
            assertThat(fired.generation()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("malformed requests go to the dead-letter topic with the reason; the next request is handled")
    void malformedRequestsAreDeadLettered() {
        String dlt = commands(infra) + ".dlt";
        try (var dead = new TopicTail(infra.bootstrapServers(), dlt);
             var tail = new TopicTail(infra.bootstrapServers(), moderationCommands(infra))) {
            Instant now = Instant.now();
            var tooLate = timer("too-late", now.minus(Duration.ofHours(2)));
            var unknownOwner = new ScheduleTimer(GUILD, "nobody", "x", "e", now.plusSeconds(5),
                    JsonNodeFactory.instance.objectNode());
            var oversized = new ScheduleTimer(GUILD, "moderation", "big", "e", now.plusSeconds(5),
                    JsonNodeFactory.instance.objectNode().put("blob", "x".repeat(5000)));
            ScheduleTimer owned = timer("owned", now.plusSeconds(600));
            sender.send(commands(infra), owned.key(), owned);
            var stolen = new ScheduleTimer("999", "moderation", "owned", "e", now.plusSeconds(5),
                    JsonNodeFactory.instance.objectNode());
            sender.send(commands(infra), tooLate.key(), tooLate);
            sender.send(commands(infra), "nobody:x", unknownOwner);
            sender.send(commands(infra), oversized.key(), oversized);
            sender.send(commands(infra), stolen.key(), stolen);
            ScheduleTimer ok = timer("after-poison", now.plusSeconds(1));
            sender.send(commands(infra), ok.key(), ok);

            List<Received> refused = dead.awaitCount(4, WAIT);
            assertThat(refused).extracting(r -> r.header(CloudEventHeaders.DLT_REASON)).anySatisfy(
                    reason -> assertThat(reason).contains("more than PT1H in the past"))
                    .anySatisfy(reason -> assertThat(reason).contains("unknown timer owner 'nobody'"))
                    .anySatisfy(reason -> assertThat(reason).contains("bytes is over the limit of 4096"))
                    .anySatisfy(reason -> assertThat(reason).contains("belongs to another guild"));
            tail.awaitUntil(r -> !firingsOf(r, "after-poison").isEmpty(), WAIT);
            assertThat(timerRow(scheduler, "owned")).containsEntry("generation", 1L);
        }
    }
}
