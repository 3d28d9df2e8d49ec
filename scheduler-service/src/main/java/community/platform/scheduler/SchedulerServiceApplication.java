package community.platform.scheduler;

import community.platform.runtime.PlatformApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Scheduler service: durable timers and recurring jobs that emit ticks. */
@SpringBootApplication
public class SchedulerServiceApplication {

    public static void main(String[] args) {
        PlatformApplication.run(SchedulerServiceApplication.class, "scheduler", args);
    }
}
