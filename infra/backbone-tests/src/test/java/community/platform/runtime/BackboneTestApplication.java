package community.platform.runtime;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with nothing but the platform: its pipeline probe is the slice the backbone tests drive. */
@SpringBootApplication
public class BackboneTestApplication {
}
