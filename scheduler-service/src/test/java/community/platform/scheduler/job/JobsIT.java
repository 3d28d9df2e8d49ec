package community.platform.scheduler.job;

import static community.platform.scheduler.SchedulerHarness.GUILD;
import static community.platform.scheduler.SchedulerHarness.commands;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.CloudEventHeaders;
import community.platform.contracts.MessageCatalog;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.ConfigureJob;
import community.platform.contracts.scheduler.EnrolGuild;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.contracts.scheduler.RunJobNow;
import community.platform.runtime.backup.SchemaSnapshots;
import community.platform.scheduler.SchedulerHarness;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail;
import community.platform.testkit.TopicTail.Received;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** Recurring jobs: per-guild schedules, ticks, a missed run once on start, admin runs, bad settings refused. */
class JobsIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Duration WAIT = Duration.ofSeconds(60);
    static final MessageCodec codec = new MessageCodec();
    static CommandSender sender;

    @TempDir
    static Path backups;

    @BeforeAll
    static void sender() {
        sender = new CommandSender(infra.bootstrapServers());
    }

    @AfterAll
    static void close() {
        sender.close();
    }

    static RunningApp start() {
        return SchedulerHarness.start(infra, "--platform.backup.location=" + backups);
    }

    static String events() {
        return infra.topic(Topics.SCHEDULER_EVENTS.name());
    }

    static List<JobTicked> ticks(List<Received> all, String guild, String job) {
        return all.stream().filter(r -> MessageCatalog.JOB_TICKED.type().equals(r.ceType()))
                .map(r -> (JobTicked) codec.decode(r.ceType(), r.value().getBytes()))
                .filter(t -> t.guildId().equals(guild) && t.job().equals(job))
                .collect(java.util.stream.Collectors.toMap(JobTicked::runId, t -> t, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
    }

    @Test
    @DisplayName("an enrolled guild gets every per-guild job; its own schedule ticks on scheduler.events keyed by guild")
    void guildScheduleTicks() {
        try (RunningApp scheduler = start(); var tail = new TopicTail(infra.bootstrapServers(), events())) {
            sender.send(commands(infra), GUILD, new EnrolGuild(GUILD));
            sender.send(commands(infra), GUILD, new ConfigureJob(GUILD, "voice-xp-tick", "*/1 * * * * *", null, true));

            tail.awaitUntil(r -> ticks(r, GUILD, "voice-xp-tick").size() >= 3, WAIT);
            List<JobTicked> ticks = ticks(tail.drain(Duration.ZERO), GUILD, "voice-xp-tick");
            assertThat(ticks).allSatisfy(t -> assertThat(t.trigger()).isEqualTo("schedule"));
            assertThat(ticks.get(1).scheduledFor()).isEqualTo(ticks.get(0).scheduledFor().plusSeconds(1));
            assertThat(tail.drain(Duration.ZERO)).filteredOn(r -> MessageCatalog.JOB_TICKED.type().equals(r.ceType()))
                    .allSatisfy(r -> assertThat(r.key()).isEqualTo(codec.decode(r.ceType(), r.value().getBytes())
                            .guildId()));
            JdbcTemplate jdbc = scheduler.bean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select job from guild_job where guild_id = ? order by job", String.class,
                    GUILD)).containsExactly("discord-reconciliation", "stale-raid-sweep", "voice-xp-tick",
                    "weekly-summary");

            sender.send(commands(infra), GUILD, new ConfigureJob(GUILD, "voice-xp-tick", null, null, false));
            awaitDisabled(jdbc);
            int before = ticks(tail.drain(Duration.ofSeconds(2)), GUILD, "voice-xp-tick").size();
            assertThat(ticks(tail.drain(Duration.ofSeconds(3)), GUILD, "voice-xp-tick")).hasSize(before);
        }
    }

    @Test
    @DisplayName("a run missed while the scheduler was down runs once on start, not once per missed period")
    void missedRunsRunOnceOnStart() throws Exception {
        String guild = "4242";
        try (var tail = new TopicTail(infra.bootstrapServers(), events())) {
            try (RunningApp scheduler = start()) {
                sender.send(commands(infra), guild, new ConfigureJob(guild, "weekly-summary", "*/2 * * * * *", null,
                        true));
                tail.awaitUntil(r -> !ticks(r, guild, "weekly-summary").isEmpty(), WAIT);
            }
            Instant down = Instant.now(); // stopped: nothing can run from here until the next start
            // the schedule's runs at three or more periods of two seconds pass while nothing runs
            Await.until("three periods of the schedule to pass while the scheduler is down", WAIT,
                    () -> Instant.now().isAfter(down.plusSeconds(6)));
            Instant restarting = Instant.now();
            try (RunningApp scheduler = start()) {
                tail.awaitUntil(r -> ticks(r, guild, "weekly-summary").stream()
                        .anyMatch(t -> t.scheduledFor().isAfter(restarting.plusSeconds(3))), WAIT);
            }
            List<JobTicked> missed = ticks(tail.drain(Duration.ZERO), guild, "weekly-summary").stream()
                    .filter(t -> t.ranAt().isAfter(restarting) && t.scheduledFor().isBefore(restarting))
                    .toList();
            assertThat(missed).hasSize(1);
            assertThat(missed.getFirst().scheduledFor()).isBefore(down.plusSeconds(3));
            assertThat(ticks(tail.drain(Duration.ZERO), guild, "weekly-summary"))
                    .noneMatch(t -> t.ranAt().isAfter(down) && t.ranAt().isBefore(restarting));
        }
    }

    @Test
    @DisplayName("an admin's RunJobNow ticks at once; the backup tick makes the scheduler snapshot its own schema")
    void runNowAndBackup() {
        try (RunningApp scheduler = start(); var tail = new TopicTail(infra.bootstrapServers(), events())) {
            sender.send(commands(infra), "0", new RunJobNow("0", "backup", "admin:1"));
            tail.awaitUntil(r -> !ticks(r, "0", "backup").isEmpty(), WAIT);
            JobTicked tick = ticks(tail.drain(Duration.ZERO), "0", "backup").getFirst();
            assertThat(tick.trigger()).isEqualTo("manual");

            var snapshots = new SchemaSnapshots(backups, "scheduler");
            Await.until("a snapshot under " + snapshots.root(), WAIT, () -> !snapshots.list().isEmpty());
            assertThat(scheduler.bean(JdbcTemplate.class).queryForObject(
                    "select count(*) from scheduled_tasks where task_name = 'job' and task_instance = 'backup/0'",
                    Integer.class)).as("the nightly backup is on the books from the first start").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("bad job settings and unknown jobs go to the dead-letter topic with the reason")
    void badSettingsAreDeadLettered() {
        try (RunningApp scheduler = start();
             var dead = new TopicTail(infra.bootstrapServers(), commands(infra) + ".dlt")) {
            sender.send(commands(infra), GUILD, new ConfigureJob(GUILD, "voice-xp-tick", "every minute", null, true));
            sender.send(commands(infra), GUILD, new ConfigureJob(GUILD, "weekly-summary", null, "Mars/Base", true));
            sender.send(commands(infra), GUILD, new RunJobNow(GUILD, "launch-rockets", "admin:1"));
            sender.send(commands(infra), GUILD, new RunJobNow(GUILD, "backup", "admin:1"));
            assertThat(dead.awaitCount(4, WAIT)).extracting(r -> r.header(CloudEventHeaders.DLT_REASON))
                    .anySatisfy(reason -> assertThat(reason).contains("six fields"))
                    .anySatisfy(reason -> assertThat(reason).contains("IANA"))
                    .anySatisfy(reason -> assertThat(reason).contains("unknown job 'launch-rockets'"))
                    .anySatisfy(reason -> assertThat(reason).contains("address it to guild 0"));
        }
    }

    static void awaitDisabled(JdbcTemplate jdbc) {
        Await.until("voice-xp-tick disabled", WAIT, () -> Boolean.FALSE.equals(jdbc.queryForObject(
                "select enabled from guild_job where guild_id = ? and job = 'voice-xp-tick'", Boolean.class, GUILD)));
    }
}
