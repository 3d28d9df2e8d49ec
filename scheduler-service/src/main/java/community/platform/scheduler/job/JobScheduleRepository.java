package community.platform.scheduler.job;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

/** The db-scheduler execution that keeps a guild's job going: its next run booked, moved or dropped. */
@Repository
class JobScheduleRepository {

    private final SchedulerClient scheduler;
    private final CustomTask<Void> jobTask;

    JobScheduleRepository(SchedulerClient scheduler, @Qualifier("jobTask") CustomTask<Void> jobTask) {
        this.scheduler = scheduler;
        this.jobTask = jobTask;
    }

    /** Books the job's next run; {@code move} also moves one already booked. */
    void plan(JobRef ref, Instant next, boolean move) {
        if (!scheduler.scheduleIfNotExists(jobTask.instance(ref.instanceId()), next) && move) {
            try {
                scheduler.reschedule(TaskInstanceId.of(JobRef.TASK, ref.instanceId()), next);
            } catch (TaskInstanceException running) {
                // running now: it plans its next run itself from the setting it read
            }
        }
    }

    void unplan(JobRef ref) {
        try {
            scheduler.cancel(TaskInstanceId.of(JobRef.TASK, ref.instanceId()));
        } catch (TaskInstanceException goneOrRunning) {
            // a running execution reads the setting again next time and stops
        }
    }
}
