package community.platform.scheduler.timer;

import static community.platform.scheduler.SchedulerHarness.commands;
import static community.platform.scheduler.SchedulerHarness.firingsOf;
import static community.platform.scheduler.SchedulerHarness.moderationCommands;
import static community.platform.scheduler.SchedulerHarness.timer;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.scheduler.SchedulerHarness;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail;
import community.platform.testkit.TopicTail.Received;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Timers across the scheduler's own downtime, with two replicas, and on a scaled clock. */
class TimerRecoveryIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Duration WAIT = Duration.ofSeconds(90);
    static final MessageCodec codec = new MessageCodec();
    static CommandSender sender;

    @BeforeAll
    static void sender() {
        sender = new CommandSender(infra.bootstrapServers());
    }

    @AfterAll
    static void close() {
        sender.close();
    }

    @Test
    @DisplayName("a timer due while the scheduler is down fires once after it comes back")
    void dueWhileDownFiresOnceOnReturn() throws Exception {
        try (var tail = new TopicTail(infra.bootstrapServers(), moderationCommands(infra))) {
            ScheduleTimer request = timer("while-down", Instant.now().plusSeconds(4));
            try (RunningApp scheduler = SchedulerHarness.start(infra)) {
                sender.send(commands(infra), request.key(), request);
                awaitRow(scheduler, "while-down");
            }
            // the timer falls due while no scheduler runs: nothing can fire it
            Await.until("the timer's due time to pass while the scheduler is down", WAIT,
                    () -> Instant.now().isAfter(request.dueAt().plusSeconds(1)));
            assertThat(firingsOf(tail.drain(Duration.ofMillis(500)), "while-down")).isEmpty();

            try (RunningApp scheduler = SchedulerHarness.start(infra)) {
                tail.awaitUntil(r -> !firingsOf(r, "while-down").isEmpty(), WAIT);
                assertThat(firingsOf(tail.drain(Duration.ofSeconds(4)), "while-down")).hasSize(1);
            }
        }
    }

    @Test
    @DisplayName("two scheduler replicas on one database fire each of 300 timers exactly once")
    void twoReplicasFireEachTimerOnce() {
        int timers = 300;
        try (var tail = new TopicTail(infra.bootstrapServers(), moderationCommands(infra));
             RunningApp first = SchedulerHarness.start(infra);
             RunningApp second = SchedulerHarness.start(infra)) {
            Instant base = Instant.now().plusSeconds(3);
            for (int i = 0; i < timers; i++) {
                ScheduleTimer t = timer("replica-" + i, base.plusMillis(i * 10L));
                sender.sendAsync(commands(infra), t.key(), java.util.UUID.randomUUID().toString(), t);
            }
            sender.flush();
            List<Received> all = tail.awaitUntil(r -> replicaFirings(r).size() >= timers, WAIT);
            all = tail.drain(Duration.ofSeconds(4));
            List<Received> firings = replicaFirings(all);
            Map<String, Long> perTimer = firings.stream().collect(Collectors.groupingBy(Received::key,
                    Collectors.counting()));
            assertThat(perTimer).hasSize(timers).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
            // each firing was done by exactly one replica (the conditional update lets one of them win)
            long byFirst = fired(first);
            long bySecond = fired(second);
            assertThat(byFirst + bySecond).as("fired by %d + %d", byFirst, bySecond).isEqualTo(timers);
            Integer left = first.bean(JdbcTemplate.class).queryForObject(
                    "select count(*) from scheduled_tasks where task_name = 'timer'", Integer.class);
            assertThat(left).isZero();
        }
    }

    @Test
    @DisplayName("on a scaled clock a 24-hour timer fires within seconds, at its platform due time")
    void aDayLongTimerRunsInSecondsOnAScaledClock() {
        // 7200x: one real second is two platform hours
        try (var tail = new TopicTail(infra.bootstrapServers(), moderationCommands(infra));
             RunningApp scheduler = SchedulerHarness.start(infra, "--platform.time.scale=7200")) {
            java.time.Clock platform = scheduler.bean(java.time.Clock.class);
            ScheduleTimer request = timer("one-day", platform.instant().plus(Duration.ofHours(24)));
            long started = System.nanoTime();
            sender.send(commands(infra), request.key(), request);
            Received r = tail.awaitUntil(all -> !firingsOf(all, "one-day").isEmpty(), WAIT).stream()
                    .filter(x -> x.key().equals("entity-one-day")).findFirst().orElseThrow();
            double realSeconds = (System.nanoTime() - started) / 1e9;
            TimerFired fired = (TimerFired) codec.decode(MessageCatalog.TIMER_FIRED.type(), r.value().getBytes());
            assertThat(realSeconds).isLessThan(40);
            assertThat(fired.firedAt()).isAfterOrEqualTo(request.dueAt());
            // platform-time lateness stays small: under two platform hours = under a real second
            assertThat(Duration.between(fired.dueAt(), fired.firedAt())).isLessThan(Duration.ofHours(2));
        }
    }

    static long fired(RunningApp replica) {
        return replica.bean(io.micrometer.core.instrument.MeterRegistry.class).get("scheduler.timer.lag").timer()
                .count();
    }

    static List<Received> replicaFirings(List<Received> all) {
        return all.stream().filter(r -> r.key() != null && r.key().startsWith("entity-replica-"))
                .collect(Collectors.toMap(Received::ceId, Function.identity(), (a, b) -> a)).values().stream()
                .toList();
    }

    static void awaitRow(RunningApp scheduler, String timerId) {
        JdbcTemplate jdbc = scheduler.bean(JdbcTemplate.class);
        Await.until("the timer row of " + timerId, WAIT, () -> jdbc.queryForObject(
                "select count(*) from timer where timer_id = ?", Integer.class, timerId) > 0);
    }
}
