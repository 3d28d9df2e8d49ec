package community.platform.scheduler;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.ScheduleTimer;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail.Received;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.JsonNodeFactory;

/** Starting the scheduler on the test class's infrastructure, and reading what it published. */
public final class SchedulerHarness {

    public static final String GUILD = "81384788765712384";

    private SchedulerHarness() {
    }

    public static RunningApp start(RealInfra infra, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--platform.service=scheduler"));
        all.addAll(List.of(args));
        return RunningApp.start(SchedulerServiceApplication.class, infra, all);
    }

    public static String commands(RealInfra infra) {
        return infra.topic(Topics.SCHEDULER_COMMANDS.name());
    }

    public static String moderationCommands(RealInfra infra) {
        return infra.topic(Topics.MODERATION_COMMANDS.name());
    }

    public static ScheduleTimer timer(String timerId, Instant dueAt) {
        return new ScheduleTimer(GUILD, "moderation", timerId, "entity-" + timerId, dueAt,
                JsonNodeFactory.instance.objectNode().put("timer", timerId));
    }

    public static List<Received> firingsOf(List<Received> all, String timerId) {
        return all.stream().filter(r -> MessageCatalog.TIMER_FIRED.type().equals(r.ceType()))
                .filter(r -> ("entity-" + timerId).equals(r.key())).toList();
    }

    public static Map<String, Object> timerRow(RunningApp app, String timerId) {
        return app.bean(JdbcTemplate.class).queryForMap(
                "select state, generation, due_at, fired_at from timer where owner = 'moderation' and timer_id = ?",
                timerId);
    }
}
