package community.platform.moderation;

import community.platform.runtime.PlatformApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Moderation service: escalation votes with quorum, majority, ties, timed auto-resolution, resolutions. */
@SpringBootApplication
public class ModerationServiceApplication {

    public static void main(String[] args) {
        PlatformApplication.run(ModerationServiceApplication.class, "moderation", args);
    }
}
