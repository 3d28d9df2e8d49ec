package community.platform.scheduler.job;

import community.platform.contracts.scheduler.JobTicked;
import community.platform.runtime.messaging.RejectedMessage;
import community.platform.scheduler.config.SchedulerProperties;
import community.platform.scheduler.config.SchedulerProperties.Scope;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The recurring jobs this platform runs, from {@code scheduler.jobs}; each checked when the service starts, so a bad
 * cron stops it with the job's name rather than surfacing at the first run.
 */
@Component
public class JobCatalog {

    /** One job of the catalogue. */
    public record Job(String name, String defaultCron, Scope scope) {
    }

    private final Map<String, Job> jobs = new TreeMap<>();

    public JobCatalog(SchedulerProperties settings) {
        settings.jobs().forEach((name, job) -> {
            if (!name.matches("[a-z][a-z0-9-]{0,49}")) {
                throw new IllegalArgumentException("scheduler.jobs: '" + name + "' is not a job name ([a-z0-9-])");
            }
            if (job.cron() == null) {
                throw new IllegalArgumentException("scheduler.jobs." + name + ".cron is missing");
            }
            try {
                CronExpression.parse(job.cron());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("scheduler.jobs." + name + ".cron: " + e.getMessage(), e);
            }
            jobs.put(name, new Job(name, job.cron(), job.scope()));
        });
    }

    public Optional<Job> find(String name) {
        return Optional.ofNullable(jobs.get(name));
    }

    public List<Job> ofScope(Scope scope) {
        return jobs.values().stream().filter(j -> j.scope() == scope).toList();
    }

    /** The job, if it exists and runs for this guild (platform jobs belong to guild 0, guild jobs to the others). */
    Job require(String name, String guildId) {
        Job job = find(name).orElseThrow(() -> new RejectedMessage("unknown job '" + name + "': the jobs are "
                + jobs.keySet()));
        boolean platformGuild = guildId.equals(JobTicked.PLATFORM_GUILD);
        if ((job.scope() == Scope.PLATFORM) != platformGuild) {
            throw new RejectedMessage(job.scope() == Scope.PLATFORM
                    ? "job '" + name + "' runs for the whole platform: address it to guild 0"
                    : "job '" + name + "' runs per guild: guild 0 has none");
        }
        return job;
    }

    /** Checks a guild's own schedule; a bad one is refused with the reason. */
    static void validate(String cron, String zone) {
        if (cron != null) {
            try {
                CronExpression.parse(cron);
            } catch (IllegalArgumentException e) {
                throw new RejectedMessage("cron '" + cron + "' is not valid (six fields: second minute hour "
                        + "day-of-month month day-of-week): " + e.getMessage());
            }
        }
        zone(zone);
    }

    /** The first time after {@code after} the schedule says, or empty if it never comes again. */
    static Optional<Instant> next(String cron, String zone, Instant after) {
        ZonedDateTime next = CronExpression.parse(cron).next(after.atZone(zone(zone)));
        return Optional.ofNullable(next).map(ZonedDateTime::toInstant);
    }

    private static ZoneId zone(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new RejectedMessage("time zone '" + zone + "' is not an IANA zone such as Europe/Paris");
        }
    }
}
