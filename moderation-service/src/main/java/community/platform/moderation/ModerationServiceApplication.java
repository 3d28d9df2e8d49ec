package community.platform.moderation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Moderation service: escalation votes with quorum, majority, ties, timed auto-resolution, resolutions. */
@SpringBootApplication
public class ModerationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ModerationServiceApplication.class, args);
    }
}
