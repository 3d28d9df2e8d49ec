package community.platform.runtime;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How a service starts: its settings are the platform's {@code platform-defaults.yml}, then its own
 * {@code <service>.yml}, which wins, then the environment and the command line. Named after the service, the files of
 * several services never hide each other when they share a class path (tests, a single launcher).
 */
public final class PlatformApplication {

    private PlatformApplication() {
    }

    public static ConfigurableApplicationContext run(Class<?> main, String service, String... args) {
        SpringApplication app = new SpringApplication(main);
        app.setDefaultProperties(Map.of("spring.config.name", configName(service)));
        return app.run(args);
    }

    /** {@code spring.config.name} of a service. */
    public static String configName(String service) {
        return "platform-defaults," + service;
    }
}
