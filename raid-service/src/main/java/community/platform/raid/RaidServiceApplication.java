package community.platform.raid;

import community.platform.runtime.PlatformApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Raid service: raid plans, day/time votes, attendance, participation counters, raid list, temp roles, voice XP. */
@SpringBootApplication
public class RaidServiceApplication {

    public static void main(String[] args) {
        PlatformApplication.run(RaidServiceApplication.class, "raid", args);
    }
}
