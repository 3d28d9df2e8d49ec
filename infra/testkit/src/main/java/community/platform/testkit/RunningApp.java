package community.platform.testkit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot service started in the test JVM against a test class's real Kafka and PostgreSQL, with its own
 * configuration as in production; the test's settings are passed as command-line arguments so they win over every
 * file. Close it to stop the service (a restart is close + start).
 */
public final class RunningApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts {@code application}; {@code beans} are registered as extra singletons (fault-injection hooks). */
    public static RunningApp start(Class<?> application, RealInfra infra, List<String> extraArgs, Object... beans) {
        SpringApplication app = new SpringApplication(application);
        for (Object bean : beans) {
            app.addInitializers((ApplicationContextInitializer<ConfigurableApplicationContext>) ctx ->
                    ctx.getBeanFactory().registerSingleton(bean.getClass().getName(), bean));
        }
        // an extra argument replaces the infrastructure's setting of the same name (Spring would join the two)
        java.util.Map<String, String> byName = new java.util.LinkedHashMap<>();
        List<String> all = new ArrayList<>(List.of(infra.serviceArgs()));
        all.add("--logging.structured.format.console=");
        all.add("--server.port=0");
        all.addAll(extraArgs);
        for (String arg : all) {
            int eq = arg.indexOf('=');
            byName.put(eq < 0 ? arg : arg.substring(0, eq), arg);
        }
        // as the service's main does: the platform's defaults, then the service's own <service>.yml
        String service = byName.getOrDefault("--platform.service", "");
        if (service.isEmpty()) {
            throw new IllegalArgumentException("start " + application.getSimpleName() + " with --platform.service=<name>"
                    + ": it names the service's own <name>.yml, as the service's main does");
        }
        if (!byName.containsKey("--spring.config.name")) {
            byName.put("--spring.config.name", "--spring.config.name=platform-defaults,"
                    + service.substring(service.indexOf('=') + 1));
        }
        List<String> args = new ArrayList<>(byName.values());
        return new RunningApp(app.run(args.toArray(String[]::new)));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
