package community.platform.scheduler.config;

import community.platform.contracts.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduler's own settings, under {@code scheduler.*}; db-scheduler's engine settings are under
 * {@code db-scheduler.*}. Durations are platform time (see {@code platform.time.scale}).
 *
 * @param jobs the recurring jobs by name, each with its default schedule and scope
 */
@ConfigurationProperties("scheduler")
public record SchedulerProperties(@DefaultValue Timers timers, Map<String, Job> jobs) {

    public SchedulerProperties {
        jobs = jobs == null ? Map.of() : new TreeMap<>(jobs);
    }

    /**
     * @param maxPayloadBytes largest payload (as JSON) a timer may carry
     * @param maxLateness     a due time further in the past is refused (a small lateness fires at once)
     * @param maxHorizon      a due time further in the future is refused
     * @param owners          services a timer may be owned by; empty = every service with a commands topic but this
     */
    public record Timers(
            @DefaultValue("4096") int maxPayloadBytes,
            @DefaultValue("1h") Duration maxLateness,
            @DefaultValue("400d") Duration maxHorizon,
            Set<String> owners) {

        public Timers {
            if (maxPayloadBytes < 2) {
                throw new IllegalArgumentException("scheduler.timers.max-payload-bytes must be >= 2");
            }
            if (owners == null || owners.isEmpty()) {
                owners = Topics.ALL.stream().filter(t -> Topics.isCommands(t.name()))
                        .map(t -> t.owner()).filter(o -> !o.equals("scheduler")).collect(Collectors.toSet());
            }
            for (String owner : owners) {
                if (!Topics.ALL.stream().anyMatch(t -> t.name().equals(owner + ".commands"))) {
                    throw new IllegalArgumentException("scheduler.timers.owners: " + owner
                            + " has no commands topic in the registry");
                }
            }
        }
    }

    /**
     * @param cron  default schedule, six fields: second minute hour day-of-month month day-of-week, read in UTC
     * @param scope {@code guild}: one run per enrolled guild, which may change the schedule;
     *              {@code platform}: one run for the whole platform (guild 0)
     */
    public record Job(String cron, @DefaultValue("guild") Scope scope) {
    }

    public enum Scope { GUILD, PLATFORM }
}
